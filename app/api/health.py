"""Liveness and readiness probes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from app.api.responses import FastJSONResponse

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness: the process answers")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    summary="Readiness: startup finished and dependencies answer",
    responses={503: {"description": "Not ready"}},
)
async def readyz(request: Request) -> Any:
    state = request.app.state.rightnote
    checks: dict[str, str] = {"startup": "ok" if state.ready else "pending"}
    for name, check in state.extras.get("readiness_checks", {}).items():
        try:
            await check()
            checks[name] = "ok"
        except Exception as exc:  # a probe reports, it never raises
            checks[name] = f"failing: {type(exc).__name__}"
    ok = all(value == "ok" for value in checks.values())
    return FastJSONResponse(
        {"status": "ok" if ok else "unavailable", "checks": checks}, status_code=200 if ok else 503
    )
