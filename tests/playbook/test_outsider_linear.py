"""The outsider-voice and apology checks stay linear in the number of spans they find.

Each outsider span used to be tested against every quoted stretch (`any(...)` over the list),
so a note of n copies of '"a" your team ships. I am so sorry.' cost n * n: 1.6 s at n = 4000.
The regions are sorted and do not overlap, so one bisect per span is enough. The ratio bound is
generous for a shared machine (at 4n against n: linear about 4, quadratic about 14 here).
"""

from __future__ import annotations

import gc
import time

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

UNIT = '"a" your team ships. I am so sorry. '


def _cost(n: int) -> float:
    text = UNIT * n
    start = time.perf_counter()
    check_voice(text, Scenario.FOLLOW_UP)
    return time.perf_counter() - start


def _best(n: int, runs: int = 3) -> float:
    # Collections triggered by what earlier tests left behind are not the check's cost.
    gc.collect()
    gc.disable()
    try:
        return min(_cost(n) for _ in range(runs))
    finally:
        gc.enable()


def test_quoted_and_apology_spans_cost_grows_linearly() -> None:
    _cost(10)  # warm up
    small, large = _best(1500), _best(6000)
    assert large < 9 * max(small, 0.005), (small, large)


def test_quoted_stretches_still_hide_outsider_voice() -> None:
    def outsider(text: str) -> list[str]:
        report = check_voice(text, Scenario.FOLLOW_UP)
        return [
            text[f.start : f.end] for f in report.findings if f.code is FindingCode.OUTSIDER_VOICE
        ]

    assert outsider('You asked "how does your team ship?" I walked through it.') == []
    assert outsider('"Ship" is what your team does. I walked through it.') != []
    assert outsider("You asked how your team ships. I walked through it.") != []
