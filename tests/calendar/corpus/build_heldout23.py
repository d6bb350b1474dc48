"""Render the held-out batch fresh-23 (`cases_fresh23.py`, written blind by "iw23") into its own
folder, `heldout-fresh23/`, which the corpus test and the bench's default folder never read.

    python3 -m tests.calendar.corpus.build_heldout23
"""

from tests.calendar.corpus import cases_fresh23
from tests.calendar.corpus.build import render_heldout


def main() -> None:
    render_heldout(cases_fresh23.CASES, "heldout-fresh23")


if __name__ == "__main__":
    main()
