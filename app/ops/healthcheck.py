"""`python -m app.ops.healthcheck`: the image's HEALTHCHECK (slim images have no curl).

One image runs several roles, so the check first asks which one this container is (the
command line of PID 1, which the entrypoint `exec`s into):
- the API: `GET http://127.0.0.1:$RIGHTNOTE_PORT/healthz` must answer 200;
- the worker: `GET /healthz` on $RIGHTNOTE_METRICS_PORT when that is set (it turns 503 when
  the worker loop stalls); without it there is nothing to ask, and a live process is healthy;
- one-shot commands (migrate, ...): healthy while they run.
It reads the environment only, so a probe never fails on settings it does not need.
"""

from __future__ import annotations

import argparse
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path


def check(port: int, path: str = "/healthz", timeout: float = 3.0) -> bool:
    url = f"http://127.0.0.1:{port}{path}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def container_role(cmdline: Path = Path("/proc/1/cmdline")) -> str:
    """`api`, `worker` or `other`, from PID 1's arguments (`... rightnote serve ...`)."""
    try:
        args = cmdline.read_bytes().split(b"\0")
    except OSError:
        return "api"
    words = [a.decode(errors="replace") for a in args if a]
    # `/opt/rightnote/bin/python /opt/rightnote/bin/rightnote serve --host ...`: the first
    # word that is neither a path nor an option is the rightnote command.
    command = next((w for w in words if "/" not in w and not w.startswith("-")), "serve")
    if command in ("serve", "api"):
        return "api"
    return "worker" if command == "worker" else "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Container health check.")
    parser.add_argument("--role", choices=("api", "worker", "other", "auto"), default="auto")
    parser.add_argument("--port", type=int, help="Port to probe (default: from the role).")
    parser.add_argument("--path", default="/healthz")
    parser.add_argument("--timeout", type=float, default=3.0)
    args = parser.parse_args(argv)
    role = container_role() if args.role == "auto" else args.role
    port = args.port
    if port is None:
        if role == "api":
            port = int(os.environ.get("RIGHTNOTE_PORT") or "8000")
        elif role == "worker" and os.environ.get("RIGHTNOTE_METRICS_PORT"):
            port = int(os.environ["RIGHTNOTE_METRICS_PORT"])
        else:
            return 0
    return 0 if check(port, args.path, args.timeout) else 1


if __name__ == "__main__":
    sys.exit(main())
