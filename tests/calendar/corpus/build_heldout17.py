"""Render the held-out batch fresh-17 into `heldout-fresh17/` (issue 16).

    .venv/bin/python -m tests.calendar.corpus.build_heldout17

fresh-17 (`cases_fresh17.py`) was written blind by a writer who never ran the parser.
This only renders the provider files and their `.expect.json` labels; it runs no extraction.
`build.py` never imports this batch, and the corpus test and the bench's default folder glob the
top level only, so tuners never see it.
"""

from __future__ import annotations

from tests.calendar.corpus import cases_fresh17
from tests.calendar.corpus.build import render_heldout


def main() -> None:
    render_heldout(cases_fresh17.CASES, "heldout-fresh17")


if __name__ == "__main__":
    main()
