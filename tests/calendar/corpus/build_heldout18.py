"""Render the held-out batch fresh-18 (`cases_fresh18.py`, written blind by "iw18") into its own
folder, `heldout-fresh18/`, which the corpus test and the bench's default folder never read.

    python3 -m tests.calendar.corpus.build_heldout18
"""

from tests.calendar.corpus import cases_fresh18
from tests.calendar.corpus.build import render_heldout


def main() -> None:
    render_heldout(cases_fresh18.CASES, "heldout-fresh18")


if __name__ == "__main__":
    main()
