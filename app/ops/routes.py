"""`GET /metrics` on the API's own port (Prometheus text format, bearer-token protected)."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.errors import NotFound, Unauthorized
from app.ops.access import metrics_access
from app.ops.metrics import CONTENT_TYPE, get_metrics

router = APIRouter(include_in_schema=False)


@router.get("/metrics")
async def metrics_endpoint(request: Request) -> Response:
    from app.api.deps import DATABASE
    from app.store.db import Database

    state = request.app.state.rightnote
    verdict = metrics_access(state.settings, request.headers.get("authorization"))
    if verdict == 404:
        raise NotFound("not found")
    if verdict == 401:
        raise Unauthorized("a metrics token is required", headers={"WWW-Authenticate": "Bearer"})
    metrics = get_metrics(state)
    database = state.extras.get(DATABASE)
    if isinstance(database, Database):
        await metrics.refresh_from_database(database, datetime.now(UTC))
    return Response(metrics.render(), media_type=CONTENT_TYPE)
