"""POST /v1/drafts and POST /v1/voice/check: thin routes over the pure playbook engine."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter

from app.api.schemas_errors import ERROR_RESPONSES
from app.api.schemas_playbook import (
    DraftOut,
    DraftRequest,
    VoiceCheckRequest,
    VoiceReportOut,
)
from app.auth.identity import CurrentIdentity
from app.errors import ValidationFailed
from app.offload import DRAFT_COST, off_loop
from app.playbook.drafting import compose_draft
from app.playbook.scenarios import Scenario
from app.playbook.voice import EmptyNote, check_message

router = APIRouter(prefix="/v1", tags=["playbook"])


@router.post(
    "/drafts",
    summary="Write the note for one interviewer and scenario",
    response_model=DraftOut,
    responses=ERROR_RESPONSES,
)
async def create_draft(body: DraftRequest, identity: CurrentIdentity) -> DraftOut:
    if body.scenario is Scenario.STAND_DOWN:
        return DraftOut.stand_down()
    now = datetime.now(UTC)
    # The account's name signs the note when the request names no candidate.
    core = body.to_core(candidate_name=identity.name)
    draft = await off_loop(DRAFT_COST, compose_draft, core, now=now)
    return DraftOut.of(draft, now)


@router.post(
    "/voice/check",
    summary="Check the voice of a note against the playbook",
    response_model=VoiceReportOut,
    responses=ERROR_RESPONSES,
)
async def voice_check(body: VoiceCheckRequest, _: CurrentIdentity) -> VoiceReportOut:
    try:
        # HTML or text; the new message only; spans point into body.text as given.
        report = await off_loop(
            len(body.text),
            check_message,
            body.text,
            body.scenario,
            format=body.format,
            send_by=body.send_by,  # naive is UTC: check_voice reads it so
            now=datetime.now(UTC),
            known_terms=body.known_terms,
        )
    except EmptyNote as exc:
        raise ValidationFailed([{"field": "body.text", "message": str(exc)}]) from None
    return VoiceReportOut.of(report, body.text)
