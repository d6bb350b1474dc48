"""Render the held-out batch fresh-19 (cases_fresh19.py, written blind by iw19) into
heldout-fresh19/. Run from the repository root with
`python3 -m tests.calendar.corpus.build_heldout19`. build.py and the tuning tests never import
this module."""

from tests.calendar.corpus import cases_fresh19
from tests.calendar.corpus.build import render_heldout


def main() -> None:
    render_heldout(cases_fresh19.CASES, "heldout-fresh19")


if __name__ == "__main__":
    main()
