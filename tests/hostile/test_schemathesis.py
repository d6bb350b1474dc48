"""Schemathesis against our own OpenAPI document, for every /v1 and /addons operation.

Three sweeps, each a test per operation, with Schemathesis's examples, coverage and fuzzing phases
in both generation modes (valid and schema-violating data), derandomized with a fixed seed:

- /v1 in local mode (no token), the app's lifespan run on a real SQLite database seeded with an
  interview, so ids in paths sometimes name real rows (`_aim`);
- /addons without any token: every operation must answer 401 JSON, whatever the body;
- /addons with Google's signed system ID token for the exact endpoint URL and a valid user ID token
  put in `authorizationEventObject.userIdToken` (`_sign`, run on every generated case), so the
  handlers' own parsing of the event object is what gets fuzzed. The Calendar/Gmail API behind
  them is the fake Google server, reached by the real client library.

Every response must pass: not a server error, a documented status code, the documented content
type and the documented schema (and, for /v1, schema-violating data rejected with a 4xx). An
undocumented status is fixed in the app or documented in its `responses=`, never suppressed here.
Counts (operations, cases, 5xx, violations) are tallied for SECURITY.md.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from schemathesis import Config
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import select

from app.addons.gmail.state import TARGET_PARAM, NoteTarget
from app.addons.openapi import ADDON_RESPONSE, EVENT_OBJECT
from app.auth.google import build_google_certs
from app.calendar.interviews import extract_interviews
from app.main import create_app
from app.settings import Settings
from app.store.db import Database
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.migrations import run_migrations
from app.store.opportunities import Opportunity
from tests.addons.gmail_harness import interview_event
from tests.fakes.google_api import USER_TOKEN, FakeGoogleApis
from tests.fakes.google_identity import FakeGoogleIdentity
from tests.fakes.server import serve_asgi
from tests.hostile.support import PUBLIC_URL, api_paths, local_settings, run, tally
from tests.outlook.seed import CANDIDATE, seed_local_onsite

SEED = 20251125
# Fuzzing-phase examples per operation and mode. With the examples and coverage phases the
# module sends about 4 000 requests in 1-1.5 minutes on a 2-core machine.
MAX_EXAMPLES = 25
SUITE = "schemathesis"
DANA = "dana.lee@litware.example"


def _documented_spec() -> dict[str, Any]:
    # The document the app serves; building the app touches no disk or network.
    spec: dict[str, Any] = create_app(Settings(data_dir=Path("/nonexistent"))).openapi()
    return spec


SPEC = _documented_spec()
APP_ROUTES = api_paths(create_app(Settings(data_dir=Path("/nonexistent"))))
# Add-on routes kept out of the OpenAPI document (include_in_schema=False), if any: fuzzed all the
# same, described as every other add-on endpoint is (app/addons/openapi.py), and counted.
UNDOCUMENTED = sorted(
    (method, path)
    for method, path in APP_ROUTES
    if method.lower() not in SPEC["paths"].get(path, {})
)


def _fuzzed_spec() -> dict[str, Any]:
    spec = {**SPEC, "paths": {p: dict(ops) for p, ops in SPEC["paths"].items()}}
    for method, path in UNDOCUMENTED:
        if not path.startswith("/addons/"):
            continue  # an undocumented /v1 route: test_every_api_route_is_fuzzed names it
        spec["paths"].setdefault(path, {})[method.lower()] = {
            "operationId": "undocumented_" + path.strip("/").replace("/", "_").replace("-", "_"),
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": EVENT_OBJECT}},
            },
            "responses": {
                "200": {"description": "ok", "content": _json(ADDON_RESPONSE)},
                **{
                    str(code): {"description": "error", "content": _json(ERROR)}
                    for code in (400, 401, 413, 429)
                },
            },
        }
    return spec


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


ERROR = {"$ref": "#/components/schemas/ErrorOut"}


# The coverage phase sends every type mutation of every documented field (~300 cases for the
# event object): it runs where the handlers read different parts of the event (the triggers, and
# the actions that read form inputs); the other actions share that parsing and get the examples
# and fuzzing phases only, which halves the module's time.
DEEP_ADDONS = (
    "^/addons/(gmail/homepage|gmail/compose|calendar/event-open"
    "|gmail/actions/(insert|check-voice|save-plan))$"
)


def _config(*, coverage: bool) -> Config:
    return Config.from_dict(
        {
            "seed": SEED,
            "generation": {
                "mode": "all",
                "max-examples": MAX_EXAMPLES,
                "deterministic": True,
                "database": "none",
            },
            "phases": {"coverage": {"enabled": coverage}, "stateful": {"enabled": False}},
        }
    )


SCHEMA = schemathesis.openapi.from_dict(_fuzzed_spec(), config=_config(coverage=True))
LIGHT = schemathesis.openapi.from_dict(_fuzzed_spec(), config=_config(coverage=False))
V1 = SCHEMA.include(path_regex="^/v1/")
ADDONS_DEEP = SCHEMA.include(path_regex=DEEP_ADDONS)
ADDONS_SHALLOW = LIGHT.include(path_regex="^/addons/").exclude(path_regex=DEEP_ADDONS)
# Without tokens every answer is the same 401 before the body is read: the coverage phase's
# body variants would only repeat it.
ADDONS_UNSIGNED = LIGHT.include(path_regex="^/addons/")


CONFORMANCE = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@dataclass
class Fuzz:
    url: str
    google: FakeGoogleIdentity
    ids: dict[str, str]  # path parameter name -> an id of a seeded row
    target: str  # a NoteTarget parameter for the seeded interview (add-on actions)


@pytest.fixture(scope="module")
def fuzz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzz]:
    now = datetime.now(UTC).replace(microsecond=0)
    apis = FakeGoogleApis()
    apis.add_event(interview_event("loop1", now - timedelta(hours=3)))
    with serve_asgi(apis.app) as google_url:
        settings = local_settings(
            tmp_path_factory.mktemp("fuzz"),
            google_api_endpoint=google_url,
            google_api_timeout_seconds=2.0,
            local_user_name=CANDIDATE[0],
            local_user_email=CANDIDATE[1],
            # One user sends thousands of requests here; the limits have their own tests.
            rate_limit_per_user_per_minute=0,
            rate_limit_per_ip_per_minute=0,
        )
        ids = run(_seed(settings, now))
        app = create_app(settings)
        google = FakeGoogleIdentity()
        [interview] = extract_interviews(
            [interview_event("loop1", now - timedelta(hours=3))],
            format="google",
            me=["casey.candidate@gmail.com"],
            timezone="UTC",
        )
        person = next(p for p in interview.interviewers if p.email == DANA)
        target = NoteTarget.of(interview, person).to_param()
        # A real server on loopback, its lifespan run once for the whole module (Schemathesis
        # ends the lifespans it starts itself after every test, which would drop the fake certs).
        with serve_asgi(app, lifespan="on") as url:
            certs_http = httpx.AsyncClient(transport=google.transport())
            app.state.rightnote.resources.google_certs = build_google_certs(settings, certs_http)
            yield Fuzz(url, google, ids, target)


async def _seed(settings: Settings, now: datetime) -> dict[str, str]:
    await run_migrations(settings.resolved_database_url)
    database = Database(settings.resolved_database_url)
    try:
        await seed_local_onsite(database, now)
        async with database.sessions() as session:
            interview = (await session.scalars(select(InterviewRecord))).first()
            interviewer = (await session.scalars(select(InterviewerRecord))).first()
            opportunity = (await session.scalars(select(Opportunity))).first()
        assert interview and interviewer and opportunity
        return {
            "interview_id": str(interview.id),
            "interviewer_id": str(interviewer.id),
            "opportunity_id": str(opportunity.id),
        }
    finally:
        await database.dispose()


def _picked(value: Any) -> bool:
    """About half the cases, chosen by the generated value itself (so still deterministic)."""
    return zlib.crc32(repr(value).encode()) % 2 == 0


def _aim(case: Any, fuzz: Fuzz) -> None:
    """Point some generated ids at seeded rows, so updates reach real data, not only 404s."""
    for name, value in list((case.path_parameters or {}).items()):
        if name in fuzz.ids and _picked(value):
            case.path_parameters[name] = fuzz.ids[name]


def _sign(case: Any, fuzz: Fuzz) -> None:
    """The per-case hook of the signed sweep: Google's system token for this exact URL, and a
    valid user ID token in the event object (when the generated body is an object at all)."""
    url = PUBLIC_URL + case.formatted_path
    case.headers = {
        **(case.headers or {}),
        "Authorization": "Bearer " + fuzz.google.system_token(url),
    }
    body = case.body
    if isinstance(body, dict):
        auth = body.get("authorizationEventObject")
        if auth is None:
            auth = body["authorizationEventObject"] = {}
        if isinstance(auth, dict):
            auth["userIdToken"] = fuzz.google.user_token()
            if _picked(body.get("commonEventObject")):
                auth["userOAuthToken"] = USER_TOKEN  # the fake Calendar answers this one
        common = body.get("commonEventObject")
        parameters = common.get("parameters") if isinstance(common, dict) else None
        if isinstance(parameters, dict) and _picked(parameters):
            parameters[TARGET_PARAM] = fuzz.target
        gmail = body.get("gmail")
        if isinstance(gmail, dict) and _picked(gmail):
            gmail["toRecipients"] = [DANA]


def _call(case: Any, fuzz: Fuzz, sweep: str, checks: list[Any]) -> Any:
    tally(SUITE, f"cases_{sweep}")
    response = case.call(base_url=fuzz.url)
    if response.status_code >= 500:
        tally(SUITE, "server_errors")
    if response.status_code == 413:
        # A body over the size limit is refused before validation: that is a rejection too,
        # though not one of the codes schemathesis's negative-data check knows (escaped
        # non-ASCII text just over maxLength can pass 256 KB of JSON).
        checks = [check for check in checks if check is not negative_data_rejection]
    try:
        case.validate_response(response, checks=checks)
    except FailureGroup:
        tally(SUITE, "violations")
        raise
    return response


def test_every_api_route_is_fuzzed() -> None:
    fuzzed = {(op.method.upper(), op.path) for op in _operations()}
    assert set(APP_ROUTES) <= fuzzed, set(APP_ROUTES) - fuzzed
    tally(SUITE, "operations_v1", sum(1 for _, p in APP_ROUTES if p.startswith("/v1/")))
    tally(SUITE, "operations_addons", sum(1 for _, p in APP_ROUTES if p.startswith("/addons/")))
    tally(SUITE, "operations_undocumented", len(UNDOCUMENTED))


def _operations() -> list[Any]:
    # An operation the schema cannot describe fails the suite here, by its own error.
    return [result.ok() for result in SCHEMA.get_all_operations()]  # type: ignore[union-attr]


@V1.parametrize()
def test_v1_local_mode(case: Any, fuzz: Fuzz) -> None:
    _aim(case, fuzz)
    _call(case, fuzz, "v1", [*CONFORMANCE, negative_data_rejection])


@ADDONS_UNSIGNED.parametrize()
def test_addons_without_tokens(case: Any, fuzz: Fuzz) -> None:
    case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
    response = _call(case, fuzz, "addons_unsigned", CONFORMANCE)
    # The coverage phase also tries methods the route does not have: 405, before any auth.
    expected = 401 if _method_of(case) == case.operation.method.upper() else 405
    assert response.status_code == expected, response.text
    assert response.json()["error"] in ("unauthorized", "method_not_allowed")


@schemathesis.pytest.parametrize(deep=ADDONS_DEEP, shallow=ADDONS_SHALLOW)
def test_addons_signed(case: Any, fuzz: Fuzz) -> None:
    _sign(case, fuzz)
    response = _call(case, fuzz, "addons_signed", CONFORMANCE)
    if _method_of(case) == case.operation.method.upper():
        # The tokens were valid, so the handler's own parsing of the event is what ran.
        assert response.status_code != 401, response.text


def _method_of(case: Any) -> str:
    return str(case.method).upper()
