"""`GET /metrics` on the API's own port (Prometheus text format, bearer-token protected)."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.api.deps import ResourcesDep
from app.errors import NotFound, Unauthorized
from app.ops.access import metrics_access
from app.ops.metrics import CONTENT_TYPE

router = APIRouter(include_in_schema=False)


@router.get("/metrics")
async def metrics_endpoint(request: Request, resources: ResourcesDep) -> Response:
    verdict = metrics_access(resources.settings, request.headers.get("authorization"))
    if verdict == 404:
        raise NotFound("not found")
    if verdict == 401:
        raise Unauthorized("a metrics token is required", headers={"WWW-Authenticate": "Bearer"})
    metrics = resources.metrics
    await metrics.refresh_from_database(resources.database, datetime.now(UTC))
    return Response(metrics.render(), media_type=CONTENT_TYPE)
