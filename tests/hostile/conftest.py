"""Hostile-input suites: at the end of the session, print what they counted and write it to
test-artifacts/hostile-counts.json (the figures SECURITY.md quotes)."""

from __future__ import annotations

import json
from typing import Any

from tests.hostile.support import ARTIFACTS, COUNTS


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not COUNTS:
        return
    summary = {suite: dict(sorted(counter.items())) for suite, counter in sorted(COUNTS.items())}
    terminalreporter.section("hostile input: counts")
    for suite, counter in summary.items():
        figures = ", ".join(f"{name}={value}" for name, value in counter.items())
        terminalreporter.write_line(f"{suite}: {figures}")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "hostile-counts.json").write_text(json.dumps(summary, indent=2) + "\n")
