"""Throughput of /v1/drafts and /v1/voice/check against a bare FastAPI JSON echo, same run.

Run by hand: `.venv/bin/python bench/bench_http.py [--seconds 5] [--rounds 5] [--connections 32]
[--diagnose]`. With --diagnose, a third server runs the app with the playbook results computed
once (bench/stub_playbook_app.py), so the service's own cost per request is measured as well.
Needs `wrk` (Debian package). Each server is one uvicorn process pinned to CPU 0; wrk runs on
CPU 1 (when there are two), so the load generator does not steal the server's core. Each
endpoint and its echo baseline cycle through the same 24 different bodies (notes or drafts), so
nothing is served from a cache of the last answer. Every server, the echo included, is started
with the uvicorn configuration `rightnote serve` ships (`app.cli.serve.server_config`): same
HTTP implementation, event loop, proxy-header handling and logging.

`--in-process [--batches 200] [--pair TREE]`: no sockets and no server; the echo and the stubbed
app are driven as ASGI apps in one process, in alternating batches of the same 24 bodies, and the
best, p10 and median CPU microseconds per request are printed: the service's own cost, without
uvicorn and the load generator. With `--pair /work/base` the stubbed app of that checkout is
loaded too and runs in the same batches, so two trees are compared in one process on a loaded
machine (its `app` modules are imported and its lifespan started first; anything a request
imports lazily comes from this tree).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

DRAFT = {
    "scenario": "follow_up",
    "interviewer": {
        "name": "Priya Raman",
        "email": "priya@northwind.example",
        "title": "Engineering Manager",
    },
    "candidate": {"name": "Sam Okafor"},
    "company": "Northwind",
    "position": "Senior Backend Engineer",
    "interview": {
        "start": "2026-11-24T14:00:00",
        "end": "2026-11-24T14:45:00",
        "timezone": "America/New_York",
    },
    "details": {"topic": "the billing migration", "risk_areas": ["funding", "scope"]},
}
NOTE = (
    "Hi Priya,\n\nThank you for the conversation about the billing migration yesterday. I have "
    "kept thinking about how we would move the invoices without a freeze, and I liked hearing "
    "how the team splits the work between the ledger and the API. Two questions have stayed "
    "with me. If the next funding round takes longer than planned, what would that mean for the "
    "migration? How much of the ledger would this role own outright, and where would it depend "
    "on other teams? I am excited about the chance to work on this with you and the team, and I "
    "would be glad to help us get it over the line.\n\nThanks again,\nSam Okafor\n"
)
VOICE = {"text": NOTE, "scenario": "follow_up"}

# Varied bodies (issue 17): each endpoint cycles through these, so no result cache can serve a
# request from the one before. The notes keep the bench note's shape (~110-130 words, a calm
# follow-up); every fourth carries what people write when anxious (capitals, "!!", a plea).
_PEOPLE = [
    ("Priya", "Raman", "Northwind", "the billing migration", "the ledger", "the API"),
    ("Dana", "Whitfield", "Contoso", "the search rewrite", "the ranking service", "the index"),
    ("Tomás", "Herrera", "Fabrikam", "the mobile release train", "the build farm", "the QA team"),
    ("Aiko", "Tanaka", "Litware", "the data platform move", "the warehouse", "the pipelines"),
    ("Marcus", "Bell", "Tailspin", "the payments outage review", "the on-call rota", "support"),
    ("Ngozi", "Adeyemi", "Adatum", "the onboarding redesign", "the design system", "research"),
    ("Lena", "Fischer", "Proseware", "the pricing experiments", "the analytics stack", "sales"),
    ("Omar", "Haddad", "Woodgrove", "the fraud models", "the feature store", "compliance"),
]
_RISKS = [["funding"], ["scope"], ["team"], ["growth", "goals"], ["funding", "scope"], []]


def _note(i: int) -> str:
    first, _, company, topic, part, other = _PEOPLE[i % len(_PEOPLE)]
    mood = (
        "I am SO excited about this!! I really hope I get the chance, please keep me in mind. "
        if i % 4 == 3
        else "I am glad we had the time to go through it properly. "
    )
    return (
        f"Hi {first},\n\nThank you for the conversation about {topic} "
        f"{['yesterday', 'on Tuesday', 'this morning'][i % 3]}. I have kept thinking about how "
        f"{company} would move {part} without a freeze, and I liked hearing how the team splits "
        f"the work between {part} and {other}. {mood}Two questions have stayed with me. If the "
        f"next {['funding round', 'planning cycle', 'reorg'][i % 3]} takes longer than planned, "
        f"what would that mean for {topic}? How much of {part} would this role own outright, "
        f"and where would it depend on other teams? I would be glad to help get it over the "
        f"line.\n\nThanks again,\n{['Sam Okafor', 'Jo Park', 'Riya Shah'][i % 3]}\n"
    )


def _draft(i: int) -> dict[str, object]:
    first, last, company, topic, _, _ = _PEOPLE[i % len(_PEOPLE)]
    scenario = ["follow_up", "gratitude", "recovery"][i % 3]
    details: dict[str, object] = {"topic": topic, "risk_areas": _RISKS[i % len(_RISKS)]}
    if scenario == "recovery":
        details = {
            "topic": topic,
            "stumble": f"I lost the thread explaining {topic}",
            "restatement": f"I would start {topic} with the riskiest part, behind a flag.",
        }
    day = 20 + i % 8
    return {
        "scenario": scenario,
        "interviewer": {
            "name": f"{first} {last}",
            "email": f"{first.lower()}@{company.lower()}.example",
            "title": ["Engineering Manager", "Staff Engineer", "Head of Product"][i % 3],
        },
        "candidate": {"name": ["Sam Okafor", "Jo Park", "Riya Shah"][i % 3]},
        "company": company,
        "position": ["Senior Backend Engineer", "Data Engineer", "Product Manager"][i % 3],
        "interview": {
            "start": f"2026-11-{day}T{9 + i % 7:02d}:00:00",
            "end": f"2026-11-{day}T{9 + i % 7:02d}:45:00",
            "timezone": ["America/New_York", "Europe/Berlin", "Asia/Tokyo"][i % 3],
        },
        "details": details,
        "panel_position": i % 3,
    }


VARIED = 24
NOTES = [_note(i) for i in range(VARIED)]
VOICES: list[dict[str, object]] = [{"text": n, "scenario": "follow_up"} for n in NOTES]
DRAFTS: list[dict[str, object]] = [_draft(i) for i in range(VARIED)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def start_server(target: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    cmd = [PY, str(Path(__file__).resolve()), "--serve", target, "--port", str(port)]
    if shutil.which("taskset") and (os.cpu_count() or 1) >= 2:
        cmd = ["taskset", "-c", "0", *cmd]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    deadline = time.time() + 90  # a loaded shared VM can take a minute to import the app
    while time.time() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=0.5)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"server {target} did not start")


def serve(target: str, port: int) -> None:
    """Serve `module:attr` (an app, or a factory when attr is create_app) as `rightnote serve`
    would: its uvicorn configuration, host and port aside."""
    import uvicorn

    from app.cli.serve import server_config
    from app.ops.logging import setup_logging
    from app.settings import Settings

    module, _, attr = target.partition(":")
    loaded = getattr(importlib.import_module(module), attr)
    asgi_app = loaded() if attr == "create_app" else loaded
    settings = Settings(host="127.0.0.1", port=port)
    setup_logging(settings)
    uvicorn.Server(server_config(asgi_app, settings)).run()


def uvicorn_choice() -> str:
    """What uvicorn's "auto" picks in this environment (as `rightnote serve` leaves it)."""
    http = "httptools" if importlib.util.find_spec("httptools") else "h11"
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    return f"uvicorn http {http}, loop {loop}"


def run_wrk(
    url: str, bodies: list[dict[str, object]], seconds: int, connections: int
) -> dict[str, float]:
    """wrk against `url`, each request the next of `bodies` in turn (per connection thread)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        table = ",\n".join(json.dumps(json.dumps(b)) for b in bodies)
        lua.write(
            f"local bodies = {{\n{table}\n}}\nlocal i = 0\n"
            'local headers = {["Content-Type"] = "application/json"}\n'
            "request = function()\n  i = i % #bodies + 1\n"
            '  return wrk.format("POST", nil, headers, bodies[i])\nend\n'
        )
    # Check every body answers 200 before measuring.
    for body in bodies:
        httpx.post(url, json=body, timeout=5).raise_for_status()
    cmd = [
        "wrk",
        "-t",
        "1",
        "-c",
        str(connections),
        "-d",
        f"{seconds}s",
        "--latency",
        "-s",
        lua.name,
        url,
    ]
    if shutil.which("taskset") and (os.cpu_count() or 1) >= 2:
        cmd = ["taskset", "-c", "1", *cmd]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    os.unlink(lua.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50_ms": _ms(p50),
        "p99_ms": _ms(p99),
        "non_2xx": float(errors.group(1)) if errors else 0.0,
    }


def _ms(match: re.Match[str] | None) -> float:
    if match is None:
        return float("nan")
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def bench_env() -> dict[str, str]:
    return {
        "RIGHTNOTE_AUTH_MODE": "local",
        "RIGHTNOTE_LOG_LEVEL": "WARNING",
        "RIGHTNOTE_DATA_DIR": tempfile.mkdtemp(prefix="rightnote-bench-"),
        # The servers import the app and the bench from this tree, before anything else on the
        # path (which may add packages, e.g. to try another HTTP implementation).
        "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
        # The limiter stays on (its cost is part of the measurement) but never trips.
        "RIGHTNOTE_RATE_LIMIT_PER_USER_PER_MINUTE": "1000000000",
        "RIGHTNOTE_RATE_LIMIT_PER_IP_PER_MINUTE": "1000000000",
    }


async def _request(app: Any, path: str, body: bytes) -> int:
    """One POST through `app` as uvicorn would call it, from a loopback client; its status."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 50000),
        "scheme": "http",
        "method": "POST",
        "root_path": "",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": [
            (b"host", b"127.0.0.1:8000"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
        "state": {},
    }
    sent = False
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # the client never disconnects
        raise AssertionError

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def _start(app: Any) -> None:
    """Run `app`'s lifespan startup (the app keeps running it until the process ends)."""
    inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    await inbox.put({"type": "lifespan.startup"})
    scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}
    _LIFESPANS.append(asyncio.create_task(app(scope, inbox.get, outbox.put)))
    message = await outbox.get()
    if message["type"] != "lifespan.startup.complete":
        raise RuntimeError(f"the app did not start: {message}")


_LIFESPANS: list[asyncio.Task[None]] = []


def _stubbed_app_of(tree: Path) -> Any:
    """`bench.stub_playbook_app.create_app()` of the source tree at `tree`, imported afresh.

    The `app` and `bench` modules already loaded are dropped from `sys.modules` first (the apps
    built before keep theirs), so two trees can be served side by side in one process.
    """
    for name in [m for m in sys.modules if m.split(".", 1)[0] in ("app", "bench")]:
        del sys.modules[name]
    sys.path.insert(0, str(tree))
    try:
        return importlib.import_module("bench.stub_playbook_app").create_app()
    finally:
        sys.path.remove(str(tree))


async def in_process(batches: int, per_batch: int = 50, pair: Path | None = None) -> None:
    if str(ROOT) not in sys.path:  # run as a script, only bench/ is on the path
        sys.path.insert(0, str(ROOT))
    from bench.echo_app import app as echo

    stubbed_apps: list[tuple[str, Any]] = []
    # The other tree first, each started before the next is imported: what the lifespan
    # imports lazily comes from its own tree, what a request imports lazily from this one.
    for label, tree in ([(f"{pair.name} ", pair)] if pair is not None else []) + [
        ("" if pair is None else "this tree ", ROOT)
    ]:
        stubbed = _stubbed_app_of(tree)
        await _start(stubbed)
        stubbed_apps.append((label, stubbed))
    runs: list[tuple[str, Any, str, list[dict[str, object]]]] = []
    for path, bodies in (("/v1/drafts", DRAFTS), ("/v1/voice/check", VOICES)):
        kind = "draft" if path == "/v1/drafts" else "voice"
        runs.append((f"echo, {kind} bodies", echo, "/echo", bodies))
        for label, stubbed in stubbed_apps:
            runs.append((f"{label}POST {path}, playbook stubbed", stubbed, path, bodies))
    encoded = {id(bodies): [json.dumps(b).encode() for b in bodies] for _, _, _, bodies in runs}
    for name, app, path, bodies in runs:  # warm-up, and every body answers 200
        for i in range(2 * VARIED):
            status = await _request(app, path, encoded[id(bodies)][i % VARIED])
            if status != 200:
                raise RuntimeError(f"{name}: {status}")
    micros: dict[str, list[float]] = {name: [] for name, _, _, _ in runs}
    load_before = os.getloadavg()
    for batch in range(batches):
        # Alternate the order, so no app always runs right after another.
        for name, app, path, bodies in runs if batch % 2 == 0 else runs[::-1]:
            # CPU time of this process: on a shared machine, wall time also counts the time the
            # process waited for a core.
            started = time.process_time()
            for i in range(per_batch):
                await _request(app, path, encoded[id(bodies)][i % VARIED])
            micros[name].append((time.process_time() - started) / per_batch * 1e6)
    load_after = os.getloadavg()
    print(
        f"in-process, {batches} alternating batches of {per_batch} requests per app; load average "
        f"before {load_before[0]:.2f}, after {load_after[0]:.2f}; python "
        f"{platform.python_version()}\n"
    )
    print("| app | best CPU µs/request | p10 | median CPU µs/request |")
    print("|---|---:|---:|---:|")
    for name, values in micros.items():
        ordered = sorted(values)
        print(
            f"| {name} | {ordered[0]:.1f} | {ordered[len(ordered) // 10]:.1f} | "
            f"{statistics.median(ordered):.1f} |"
        )
    print()
    echo_name = ""
    for name, _, _, _ in runs:
        if name.startswith("echo"):
            echo_name = name
            continue
        best = min(micros[name]) - min(micros[echo_name])
        p10 = sorted(micros[name])[batches // 10] - sorted(micros[echo_name])[batches // 10]
        print(f"{name}: {best:.1f} µs above the echo (best against best), {p10:.1f} (p10)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=5, help="length of each wrk run")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--diagnose", action="store_true", help="also measure the service alone")
    parser.add_argument("--in-process", action="store_true", help="drive the ASGI apps directly")
    parser.add_argument("--batches", type=int, default=200, help="--in-process: batches per app")
    parser.add_argument(
        "--pair",
        metavar="TREE",
        type=Path,
        help="--in-process: also serve the stubbed app of another checkout (e.g. /work/base) in "
        "the same process, in the same alternating batches",
    )
    parser.add_argument("--serve", metavar="TARGET", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.port)
        return
    if args.in_process:
        os.environ.update(bench_env())
        asyncio.run(in_process(args.batches, pair=args.pair.resolve() if args.pair else None))
        return
    if not shutil.which("wrk"):
        sys.exit("bench_http needs wrk: apt-get install wrk")

    env = {**os.environ, **bench_env()}
    # Both servers run for the whole benchmark, pinned to the same core, and each endpoint is
    # measured right after its baseline, round after round: on a shared VM the speed of a core
    # drifts by a third from minute to minute, so only ratios taken side by side mean anything.
    echo_port, app_port, stub_port = free_port(), free_port(), free_port()
    servers: list[subprocess.Popen[bytes]] = []
    pairs = [
        ("POST /v1/drafts", f"http://127.0.0.1:{app_port}/v1/drafts", DRAFTS),
        ("POST /v1/voice/check", f"http://127.0.0.1:{app_port}/v1/voice/check", VOICES),
    ]
    if args.diagnose:
        pairs += [
            (
                "POST /v1/drafts, playbook stubbed",
                f"http://127.0.0.1:{stub_port}/v1/drafts",
                DRAFTS,
            ),
            (
                "POST /v1/voice/check, playbook stubbed",
                f"http://127.0.0.1:{stub_port}/v1/voice/check",
                VOICES,
            ),
        ]
    echo_url = f"http://127.0.0.1:{echo_port}/echo"
    runs: dict[str, list[tuple[dict[str, float], dict[str, float]]]] = {n: [] for n, _, _ in pairs}
    load_before = os.getloadavg()
    try:
        servers.append(start_server("bench.echo_app:app", echo_port, env))
        servers.append(start_server("app.main:create_app", app_port, env))
        if args.diagnose:
            servers.append(start_server("bench.stub_playbook_app:create_app", stub_port, env))
        for _, url, body in pairs:  # warm-up
            run_wrk(echo_url, body, 2, args.connections)
            run_wrk(url, body, 2, args.connections)
        for _ in range(args.rounds):
            for name, url, body in pairs:
                base = run_wrk(echo_url, body, args.seconds, args.connections)
                runs[name].append((base, run_wrk(url, body, args.seconds, args.connections)))
    finally:
        for proc in servers:
            proc.terminate()
            proc.wait(10)

    load_after = os.getloadavg()
    print(
        f"load average (1/5/15 min) before {load_before[0]:.2f}/{load_before[1]:.2f}/"
        f"{load_before[2]:.2f}, after {load_after[0]:.2f}/{load_after[1]:.2f}/{load_after[2]:.2f}"
    )
    print(
        f"machine: {platform.platform()}, {cpu_model()}, {os.cpu_count()} cpus, "
        f"python {platform.python_version()}"
    )
    print(
        f"wrk: 1 thread, {args.connections} connections, {args.rounds} rounds of "
        f"{args.seconds} s per endpoint, each right after its echo baseline with the same "
        f"{VARIED} bodies cycled; servers pinned to CPU 0, wrk to CPU 1; {uvicorn_choice()}\n"
    )
    print(
        "| endpoint | req/s (median) | echo req/s (median) | ratio median | ratio range "
        "| p50 ms | p99 ms | echo p50 ms | echo p99 ms | non-2xx |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, pairs_run in runs.items():
        ratios = sorted(r["rps"] / b["rps"] for b, r in pairs_run)
        ours = sorted(pairs_run, key=lambda br: br[1]["rps"])
        mid = ours[len(ours) // 2][1]
        echo_rps = statistics.median(b["rps"] for b, _ in pairs_run)
        # The echo's latency in the same rounds: at 32 connections a slow core queues every
        # request, so a p99 means something only beside the baseline's.
        echo_p50 = statistics.median(b["p50_ms"] for b, _ in pairs_run)
        echo_p99 = statistics.median(b["p99_ms"] for b, _ in pairs_run)
        print(
            f"| {name} | {mid['rps']:.0f} | {echo_rps:.0f} | "
            f"{statistics.median(ratios):.2f} | {ratios[0]:.2f}–{ratios[-1]:.2f} | "
            f"{mid['p50_ms']:.1f} | {mid['p99_ms']:.1f} | {echo_p50:.1f} | {echo_p99:.1f} | "
            f"{sum(r['non_2xx'] for _, r in pairs_run):.0f} |"
        )


if __name__ == "__main__":
    main()
