"""bench_http.py --diagnose: RightNote as shipped, except that the playbook calls of the two routes
return results computed once at start-up (for the first of the varied bodies). What it costs per
request beside the bare echo is the service around the playbook (FastAPI, middlewares, auth,
limits, metrics, rendering)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI

import app.api.playbook_routes as routes
from app.api.schemas_playbook import DraftRequest, VoiceCheckRequest
from app.main import create_app as _create_app
from app.playbook.drafting import compose_draft
from app.playbook.voice import check_message
from bench.bench_http import DRAFTS, VOICES

_NOW = datetime.now(UTC)
_DRAFT = compose_draft(DraftRequest.model_validate(DRAFTS[0]).to_core(), now=_NOW)
_voice = VoiceCheckRequest.model_validate(VOICES[0])
_REPORT = check_message(_voice.text, _voice.scenario, now=_NOW)


def create_app() -> FastAPI:
    def draft(*args: Any, **kwargs: Any) -> Any:
        return _DRAFT

    def report(*args: Any, **kwargs: Any) -> Any:
        return _REPORT

    # The names the routes module calls; replaced in its namespace, as a test's monkeypatch would.
    vars(routes).update(compose_draft=draft, check_message=report)
    return _create_app()
