"""Operations: metrics, structured logs with request ids, rate limits, the settings reference.

Wiring (app/main.py):
- `install_ops(app)` in `create_app`: the request-context middleware, which also runs the per-IP
  rate limit and, in local mode, the loopback-only guard (app/ops/local_guard.py); the
  `/metrics` route (app/ops/routes.py) is included by app/api/router.py with the others;
- the process's `Metrics` and `RateLimits` are built with the other resources
  (`app.wiring.build_resources`: `Resources.metrics`, `Resources.rate_limits`); the
  middlewares read them from the app's state.

Hooks for other areas:
- `Resources.metrics`: the counters and gauges the worker and sync code feed;
- `app.ops.metrics_server.serve_worker_metrics(metrics, settings)`: the worker's /metrics and
  /healthz listener;
- `app.ops.ratelimit.enforce_user_rate_limit(request, identity)`: called where an identity is
  proven;
- `app.ops.logging.setup_logging(settings)`: called once by every long-running command.
"""

from __future__ import annotations

from fastapi import FastAPI

from app.ops.http import RequestContext
from app.ops.local_guard import LocalGuard
from app.settings import AuthMode


def install_ops(app: FastAPI) -> None:
    """Add the ops middleware (call after the app's other middlewares).

    It finds its limiters and metrics in the resources the lifespan opened.
    """
    # Added last = outermost: the local guard and the IP limit refuse before the body is
    # buffered, and the request context wraps everything, so 413s and 429s are logged and
    # counted too.
    state = app.state.rightnote
    guard = LocalGuard(state.settings) if state.settings.auth_mode is AuthMode.LOCAL else None
    app.add_middleware(RequestContext, local_guard=guard, state=state)


__all__ = ["install_ops"]
