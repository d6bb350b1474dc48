"""POST /v1/suggest (who among the recipients you interviewed with, and the note) and
POST /v1/stand-down (no note for this opportunity, and every pending draft cancelled)."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request

from app.api.deps import CurrentUser, MicrosoftDep, PlanningZone, SessionDep, SettingsDep
from app.api.schemas_errors import ERROR_RESPONSES
from app.api.schemas_suggest import (
    StandDownRequest,
    StandDownResponse,
    SuggestRequest,
    SuggestResponse,
)
from app.auth.identity import CurrentIdentity, bearer_token
from app.suggestions.stand_down import stand_down_interview
from app.suggestions.suggest import SuggestContext, SuggestQuery, suggest

router = APIRouter(prefix="/v1", tags=["suggest"])


@router.post(
    "/suggest",
    summary="Match the recipients to your interviews and suggest the note",
    response_model=SuggestResponse,
    responses=ERROR_RESPONSES,
)
async def suggest_note(
    body: SuggestRequest,
    identity: CurrentIdentity,
    user: CurrentUser,
    session: SessionDep,
    request: Request,
    settings: SettingsDep,
    microsoft: MicrosoftDep,
) -> SuggestResponse:
    context = SuggestContext(
        settings=settings,
        microsoft=microsoft,
        # The caller's own token is the on-behalf-of assertion for reading their calendar.
        assertion=bearer_token(request) if identity.provider == "microsoft" else None,
        now=datetime.now(UTC),
    )
    query = SuggestQuery(
        recipients=tuple((r.email, r.name) for r in body.recipients),
        body=body.body,
        body_type=body.body_type,
        details=body.details.to_core() if body.details is not None else None,
        scenario=body.details.scenario if body.details is not None else None,
    )
    result = await suggest(session, user, identity, query, context)
    return SuggestResponse.of(result)


@router.post(
    "/stand-down",
    summary="Stand down from an opportunity: no note, pending drafts cancelled",
    response_model=StandDownResponse,
    responses=ERROR_RESPONSES,
)
async def stand_down(
    body: StandDownRequest, user: CurrentUser, session: SessionDep, timezone: PlanningZone
) -> StandDownResponse:
    done = await stand_down_interview(
        session,
        user,
        # The pane's interview ids are the store's: "<calendar source>:<event id>".
        source=body.interview_id.partition(":")[0],
        interview_key=body.interview_id,
        company=body.company,
        position=body.position,
        reason=body.reason,
        now=datetime.now(UTC),
        timezone=timezone,
        company_required=True,
    )
    return StandDownResponse.of(done)
