"""Who may read `/metrics`: the same rule on the API's port and on the worker's metrics port."""

from __future__ import annotations

import hmac

from app.settings import AuthMode, Settings


def metrics_access(settings: Settings, authorization: str | None) -> int:
    """200 to serve, 401 for a missing or wrong token, 404 when metrics are not exposed.

    With RIGHTNOTE_METRICS_TOKEN set, Prometheus must send `Authorization: Bearer <token>`.
    Without it, production does not expose metrics at all (they describe usage), while local
    mode, which is bound to loopback, serves them openly.
    """
    token = settings.metrics_token
    if token is None:
        return 200 if settings.auth_mode is AuthMode.LOCAL else 404
    scheme, _, presented = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not presented.strip():
        return 401
    expected = token.get_secret_value().encode()
    return 200 if hmac.compare_digest(presented.strip().encode(), expected) else 401
