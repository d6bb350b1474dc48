"""The linter-like commands start without the server, database and cloud stacks (issue 17).

Each case runs the real command in a fresh interpreter and reads `sys.modules` at its end: an
`import fastapi` (or rich, alembic …) anywhere on the path of `check`, `draft` or `interviews`
fails here. No timing is asserted; bench/bench_cli_start.py measures the start.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from app.cli import COMMANDS, _register, app

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "calendar" / "fixtures"

# Third-party packages a linter-like command must not load: web framework and server,
# database and migrations, HTTP and protocol clients, cloud SDKs, keyring, terminal rendering.
FORBIDDEN = {
    "fastapi",
    "starlette",
    "uvicorn",
    "sqlalchemy",
    "alembic",
    "asyncpg",
    "aiosqlite",
    "redis",
    "msal",
    "googleapiclient",
    "google",  # google.auth, google.oauth2 …
    "google_auth_oauthlib",
    "httplib2",
    "httpx",
    "caldav",
    "niquests",
    "imapclient",
    "keyring",
    "prometheus_client",
    "jwt",
    "cryptography",
    "rich",
}
# Plain-text commands must not load pydantic either: typer before 0.29 parses options with its
# own click (pyproject pins it there; 0.29 builds a pydantic TypeAdapter for every option), times
# are read by app/cli/values.py, and the API's pydantic schemas are imported only for --json.
NO_PYDANTIC = {"pydantic", "pydantic_core", "annotated_types", "typing_inspection"}
PLAIN_TEXT = {"check", "check --send-by", "interviews"}
# The app's packages above the core: storage, providers, services, the HTTP surface.
FORBIDDEN_APP = {"main", "store", "providers", "autodraft", "connect", "addons", "auth", "ops"}
# From app.api the CLI takes only pure renderers and request models (the JSON it prints must
# be the API's); nothing that loads the framework.
ALLOWED_API = ("app.api.render", "app.api.schemas_")

_PROBE = """
import json, sys
sys.argv = ["rightnote", *sys.argv[1:]]
from app.cli import main
try:
    main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
sys.stdout.flush()
sys.stderr.write("\\n@@modules@@" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _run(*args: str, stdin: str = "") -> tuple[int | str | None, set[str], str]:
    done = subprocess.run(
        [sys.executable, "-I", "-c", _PROBE, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    err, _, tail = done.stderr.rpartition("\n@@modules@@")
    assert tail, done.stderr
    found = json.loads(tail)
    return found["code"], set(found["modules"]), done.stdout + err


def _heavy(modules: set[str]) -> list[str]:
    wrong = sorted({m.split(".")[0] for m in modules} & FORBIDDEN)
    for name in modules:
        parts = name.split(".")
        if parts[0] != "app" or len(parts) < 2:
            continue
        framework_api = parts[1] == "api" and len(parts) > 2 and not name.startswith(ALLOWED_API)
        if parts[1] in FORBIDDEN_APP or framework_api:
            wrong.append(name)
    return wrong


NOTE = "Thank you for the time today. I enjoyed hearing how the team ships billing.\n"
RUNS = {
    "check": ["check", "-", "--scenario", "follow_up"],
    "check --json": ["check", "-", "--scenario", "gratitude", "--json"],
    "check --send-by": ["check", "-", "-s", "recovery", "--send-by", "2026-11-24T14:00:00+01:00"],
    "draft": ["draft", "-s", "gratitude", "--name", "Dana", "--company", "Acme", "--topic", "x"],
    "draft --json": ["draft", "-s", "follow_up", "--name", "Dana", "--json"],
    "draft, bad input": ["draft", "-s", "gratitude", "--email", "nope"],
    "interviews": [
        "interviews",
        str(FIXTURES / "hirevue_live.ics"),
        "--me",
        "alex.morgan@gmail.com",
    ],
    "interviews --json": [
        "interviews",
        str(FIXTURES / "google_events.json"),
        "--me",
        "alex.morgan@gmail.com",
        "--json",
    ],
}


@pytest.mark.parametrize(("name", "args"), list(RUNS.items()), ids=list(RUNS))
def test_linter_commands_load_no_heavy_stack(name: str, args: list[str]) -> None:
    code, modules, output = _run(*args, stdin=NOTE)
    # The command really ran (a usage error would load nothing and prove nothing).
    assert code in (0, 2), output
    if "nope" in args:
        assert code == 2 and "is not an email address" in output
    else:
        assert code == 0 and output.strip(), output
        command = {"check": "app.cli.check", "draft": "app.playbook.drafting"}.get(args[0])
        assert command is None or command in modules
    assert not _heavy(modules), _heavy(modules)
    if name in PLAIN_TEXT:
        assert not {m.split(".")[0] for m in modules} & NO_PYDANTIC, name
    elif name == "check --json":
        assert "pydantic" in modules  # the control: the probe sees pydantic when it is loaded
    # Only the command's own module of the CLI's commands was imported.
    others = {m for cmd, e in COMMANDS.items() if cmd != args[0] for m in e.modules}
    assert not (others - {f"app.cli.{args[0]}"}) & modules


def test_the_probe_sees_a_heavy_import() -> None:
    """The control: `migrate --help` loads alembic and SQLAlchemy, and the probe says so."""
    code, modules, _ = _run("migrate", "--help")
    assert code == 0
    assert {"alembic", "sqlalchemy"} <= set(_heavy(modules))


def test_help_lists_every_command_without_importing_one() -> None:
    code, modules, output = _run("--help")
    assert code == 0
    for name, entry in COMMANDS.items():
        assert name in output
        assert entry.help.split()[0] in output
        assert not set(entry.modules) & modules, name


def test_a_mistyped_command_is_named_with_the_near_one() -> None:
    code, _, output = _run("chek")
    assert code == 2
    assert "No such command 'chek'" in output and "'check'" in output


def test_the_command_table_matches_the_commands() -> None:
    """COMMANDS (what --help lists before any import) is every command, with its own help."""
    _register()
    group = typer.main.get_group(app)
    assert list(group.commands) and set(group.commands) == set(COMMANDS)
    for name, command in group.commands.items():
        assert (command.help or "").splitlines()[0] == COMMANDS[name].help, name
