"""The systemd user unit in deploy/ agrees with the code: it runs `rightnote watch`, stops it
with SIGTERM within a timeout longer than the watcher's grace, and does not restart it on the
exit codes that need the user (2: bad config, 3: a refused login)."""

from __future__ import annotations

import configparser
import inspect
from pathlib import Path

from app.autodraft.watch import EXIT_REAUTH, Watcher

UNIT = Path(__file__).resolve().parents[2] / "deploy" / "systemd" / "rightnote-watch.service"


def unit() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(UNIT.read_text())
    return parser


def test_the_unit_runs_watch_and_does_not_restart_on_bad_config_or_a_refused_login() -> None:
    service = unit()["Service"]
    assert service["ExecStart"].split()[-1] == "watch"
    assert service["ExecStart"].split()[0].endswith("/rightnote")
    assert {"2", str(EXIT_REAUTH)} <= set(service["RestartPreventExitStatus"].split())
    assert service["Restart"] == "on-failure"
    assert service["KillSignal"] == "SIGTERM"
    grace = inspect.signature(Watcher.__init__).parameters["grace"].default
    assert float(service["TimeoutStopSec"]) > grace
    assert unit()["Install"]["WantedBy"] == "default.target"  # a user unit
