"""Render the held-out batch fresh-20 (`cases_fresh20.py`, written blind by "iw20") into its own
folder, `heldout-fresh20/`, which the corpus test and the bench's default folder never read.

    python3 -m tests.calendar.corpus.build_heldout20
"""

from tests.calendar.corpus import cases_fresh20
from tests.calendar.corpus.build import render_heldout


def main() -> None:
    render_heldout(cases_fresh20.CASES, "heldout-fresh20")


if __name__ == "__main__":
    main()
