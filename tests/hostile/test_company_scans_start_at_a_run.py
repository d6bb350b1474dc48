"""Two company-name patterns that begin with a run of blanks (company._TEAM_AFTER and
company._MORE_WORDS) are used as anchored matches, but a pattern of user text must be linear
however it is scanned: a search over a long run of tabs used to try every start inside the run
(quadratic: 4 ms at 1,000 characters, 72 ms at 4,000, on the session's machine). Counted in
steps, not timed: a scan may start only where a run of blanks begins."""

from __future__ import annotations

from app.calendar import company


def test_team_after_still_reads_a_team_word() -> None:
    head = "our client Relations team"
    m = company._TEAM_AFTER.match(head, len("our client Relations"))
    assert m is not None and m.group(1) == "team"
    # Not inside a run of blanks.
    assert company._TEAM_AFTER.match("x \t team", 2) is None


def test_more_words_still_reads_a_longer_name() -> None:
    text = "Signed, Halfmoon Bay Analytics.\n"
    m = company._MORE_WORDS.match(text, text.index("Halfmoon") + len("Halfmoon"))
    assert m is not None and m.group(0).split() == ["Bay", "Analytics"]


def test_no_search_starts_inside_a_run_of_blanks() -> None:
    for pattern in (company._TEAM_AFTER, company._MORE_WORDS):
        text = "\t" * 3000 + "!"
        assert pattern.search(text) is None
        # A match may begin only at the first blank of a run.
        assert pattern.match("a\t\tb", 2) is None
