"""Render the held-out batch fresh-22 (`cases_fresh22.py`, written blind by "iw22") into its own
folder, `heldout-fresh22/`, which the corpus test and the bench's default folder never read.

    python3 -m tests.calendar.corpus.build_heldout22
"""

from tests.calendar.corpus import cases_fresh22
from tests.calendar.corpus.build import render_heldout


def main() -> None:
    render_heldout(cases_fresh22.CASES, "heldout-fresh22")


if __name__ == "__main__":
    main()
