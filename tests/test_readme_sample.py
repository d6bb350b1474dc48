"""The README's quick start: the command it gives, run as given (into a temporary Maildir), prints
what the README says it prints — in particular that the note asking for the missing
interviewers goes to the recruiter the invite's description names."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
# "Priya Raman: gratitude — created (1 to fill in)", "Nina Alvarez: ask the recruiter — waiting …"
NOTE_LINE = re.compile(r"^\s+(?P<who>[^:\n]+): (?P<what>[a-z_ ]+) — (?P<state>[a-z]+)", re.M)


def quick_start_args() -> list[str]:
    line = next(x for x in README.splitlines() if ".venv/bin/rightnote run --calendar" in x)
    command = line.split("&& .venv/bin/rightnote", 1)[1]
    return shlex.split("rightnote" + command)[1:]


def printed_block() -> str:
    after = README.split("It prints what it did", 1)[1]
    return after.split("```text", 1)[1].split("```", 1)[0]


def test_the_quick_start_prints_what_the_readme_shows(tmp_path: Path) -> None:
    args = [a if a != "./drafts" else str(tmp_path / "drafts") for a in quick_start_args()]
    assert str(tmp_path / "drafts") in args  # the README still writes to ./drafts
    env = {k: v for k, v in os.environ.items() if not k.startswith("RIGHTNOTE_")}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")  # a first run, as on a fresh machine
    env["HOME"] = str(tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "app.cli", *args, "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    notes = {
        (n["recipient"], n["kind"] if n["kind"] != "thank_you" else n["scenario"], n["state"])
        for i in json.loads(run.stdout)["interviews"]
        for n in i["notes"]
    }
    shown = {
        (m["who"].strip(), m["what"].replace("ask the recruiter", "ask_recruiter"), m["state"])
        for m in NOTE_LINE.finditer(printed_block())
    }
    assert len(shown) == 5
    assert shown <= notes, shown - notes
    assert ("Nina Alvarez", "ask_recruiter", "waiting") in shown
