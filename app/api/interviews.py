"""POST /v1/interviews/extract: calendar data in, the user's interviews and interviewers out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body
from starlette.concurrency import run_in_threadpool

from app.api.deps import SettingsDep
from app.api.schemas_errors import ERROR_RESPONSES, ErrorOut
from app.api.schemas_interviews import EXTRACT_EXAMPLES, ExtractRequest, ExtractResponse
from app.auth.identity import CurrentIdentity
from app.calendar.interviews import extract_interviews

router = APIRouter(prefix="/v1", tags=["interviews"])


@router.post(
    "/interviews/extract",
    summary="Find the user's interviews and every interviewer in calendar data",
    response_model=ExtractResponse,
    responses={
        **ERROR_RESPONSES,
        400: {"model": ErrorOut, "description": "The calendar data could not be read"},
    },
)
async def extract(
    body: Annotated[ExtractRequest, Body(openapi_examples=EXTRACT_EXAMPLES)],
    identity: CurrentIdentity,
    settings: SettingsDep,
) -> ExtractResponse:
    me = [*body.me, *([identity.email] if identity.email else [])]
    window = (body.window.start, body.window.end) if body.window else None
    warnings: list[str] = []
    # CPU-bound parsing runs off the event loop; the body limit bounds its size and the
    # calendar limits (app/calendar/limits.py) its iterations, so the thread always ends.
    interviews = await run_in_threadpool(
        extract_interviews,
        body.data,
        format=body.format,
        me=me,
        timezone=body.timezone,
        window=window,
        max_bytes=settings.max_body_bytes,
        include_all=body.include_all,
        warnings=warnings,
    )
    return ExtractResponse.model_validate({"interviews": interviews, "warnings": warnings})
