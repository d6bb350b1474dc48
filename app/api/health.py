"""Liveness and readiness probes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from app.api.deps import StateDep
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
async def readyz(state: StateDep) -> Any:
    checks: dict[str, str] = {"startup": "ok" if state.ready else "pending"}
    # Before the lifespan has opened the resources there is nothing to check but the startup.
    probes = state.opened.readiness_checks if state.opened is not None else {}
    for name, check in probes.items():
        try:
            await check()
            checks[name] = "ok"
        except Exception as exc:  # a probe reports, it never raises
            checks[name] = f"failing: {type(exc).__name__}"
    ok = all(value == "ok" for value in checks.values())
    return FastJSONResponse(
        {"status": "ok" if ok else "unavailable", "checks": checks}, status_code=200 if ok else 503
    )
