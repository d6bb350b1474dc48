"""Operations: metrics, structured logs with request ids, rate limits, the settings reference.

Wiring (app/main.py):
- `install_ops(app)` in `create_app`: the request-context and per-IP rate-limit
  middlewares, and in local mode the loopback-only guard (app/ops/local_guard.py); the
  `/metrics` route is in app/api/router.py with the others;
- `build_ops(state)` in the lifespan: the process's `Metrics` (state.extras["metrics"]) and its
  rate limiters (state.extras["rate_limits"]).

Hooks for other areas:
- `app.ops.metrics.get_metrics(state)`: the counters and gauges the worker and sync code feed;
- `app.ops.metrics_server.serve_worker_metrics(metrics, settings)`: the worker's /metrics and
  /healthz listener;
- `app.ops.ratelimit.enforce_user_rate_limit(request, identity)`: called where an identity is
  proven;
- `app.ops.logging.setup_logging(settings)`: called once by every long-running command.
"""

from __future__ import annotations

from contextlib import AsyncExitStack

from fastapi import FastAPI

from app.ops.http import RequestContext
from app.ops.local_guard import LocalOnly
from app.ops.metrics import METRICS, get_metrics
from app.ops.ratelimit import RATE_LIMITS, IpRateLimit, RateLimits
from app.settings import AuthMode
from app.state import State


def install_ops(app: FastAPI) -> None:
    """Add the ops middlewares (call after the app's other middlewares).

    The middlewares find their limiters and metrics in the lifespan's state (`build_ops`).
    """
    # Added last = outermost: the IP limit refuses before the body is buffered, and the request
    # context wraps everything, so 413s and 429s are logged and counted too.
    app.add_middleware(IpRateLimit)
    settings = app.state.rightnote.settings
    if settings.auth_mode is AuthMode.LOCAL:
        # Inside the request context (refusals are logged and counted), before the rate limit.
        app.add_middleware(LocalOnly, settings=settings)
    app.add_middleware(RequestContext)


def build_ops(state: State, stack: AsyncExitStack | None = None) -> None:
    metrics = get_metrics(state)
    limits = RateLimits.from_settings(state.settings, metrics)
    state.extras[RATE_LIMITS] = limits
    if stack is not None:
        stack.push_async_callback(limits.aclose)  # the Redis connections, if any


__all__ = ["METRICS", "RATE_LIMITS", "build_ops", "get_metrics", "install_ops"]
