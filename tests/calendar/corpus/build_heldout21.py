"""Render the held-out batch fresh-21 (`cases_fresh21.py`, written blind by "iw21") into its own
folder, `heldout-fresh21/`, which the corpus test and the bench's default folder never read.

    python3 -m tests.calendar.corpus.build_heldout21
"""

from tests.calendar.corpus import cases_fresh21
from tests.calendar.corpus.build import render_heldout


def main() -> None:
    render_heldout(cases_fresh21.CASES, "heldout-fresh21")


if __name__ == "__main__":
    main()
