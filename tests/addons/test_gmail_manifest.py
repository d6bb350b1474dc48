"""The deployment descriptor: Google's own protobuf accepts it; it asks for no more than needed."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from google.cloud.gsuiteaddons_v1 import Deployment
from google.protobuf import json_format

from app.addons.gmail_manifest import (
    CALENDAR_EVENT_OPEN_PATH,
    COMPOSE_PATH,
    EXAMPLE_BASE_URL,
    HOMEPAGE_PATH,
    render_deployment,
    validate_base_url,
)

COMMITTED = Path(__file__).resolve().parents[2] / "addon_manifest" / "gmail" / "deployment.json"
AUTH = "https://www.googleapis.com/auth/"


def parse_strictly(deployment: dict[str, Any]) -> Any:
    """Parse as google.cloud.gsuiteaddons_v1.Deployment, stripping only the one field the
    published protos lack."""
    data = copy.deepcopy(deployment)
    http_options = data["addOns"]["httpOptions"]
    assert http_options.pop("granularOauthPermissionSupport") == "OPT_IN"
    return json_format.ParseDict(data, Deployment.pb()(), ignore_unknown_fields=False)


def test_committed_file_is_the_rendered_example() -> None:
    assert json.loads(COMMITTED.read_text()) == render_deployment(EXAMPLE_BASE_URL)


def test_committed_file_parses_strictly_as_a_deployment() -> None:
    message = parse_strictly(json.loads(COMMITTED.read_text()))
    assert message.add_ons.gmail.compose_trigger.actions[0].run_function.endswith(COMPOSE_PATH)


@pytest.mark.parametrize(
    "base",
    ["https://rightnote.example.com", "https://apps.example.org/rightnote/", "https://x.io:8443"],
)
def test_rendered_descriptor_parses_and_points_at_the_base_url(base: str) -> None:
    deployment = render_deployment(base)
    message = parse_strictly(deployment)
    root = base.rstrip("/")
    add_ons = message.add_ons
    assert add_ons.common.homepage_trigger.run_function == root + HOMEPAGE_PATH
    assert add_ons.common.homepage_trigger.enabled.value is True
    assert add_ons.common.logo_url.startswith(root + "/")
    assert [a.run_function for a in add_ons.gmail.compose_trigger.actions] == [root + COMPOSE_PATH]
    assert add_ons.gmail.compose_trigger.actions[0].label
    assert add_ons.calendar.event_open_trigger.run_function == root + CALENDAR_EVENT_OPEN_PATH
    # Enum names as Google documents them.
    as_json = json_format.MessageToDict(message)
    assert as_json["addOns"]["gmail"]["composeTrigger"]["draftAccess"] == "METADATA"
    assert as_json["addOns"]["calendar"]["currentEventAccess"] == "READ"
    assert as_json["addOns"]["httpOptions"]["authorizationHeader"] == "SYSTEM_ID_TOKEN"
    assert deployment["addOns"]["httpOptions"]["granularOauthPermissionSupport"] == "OPT_IN"


def test_known_pitfalls_fail_the_strict_parse() -> None:
    wrong_level = render_deployment(EXAMPLE_BASE_URL)
    wrong_level["httpOptions"] = wrong_level["addOns"].pop("httpOptions")
    apps_script_spelling = render_deployment(EXAMPLE_BASE_URL)
    trigger = apps_script_spelling["addOns"]["gmail"]["composeTrigger"]
    trigger["selectActions"] = trigger.pop("actions")
    for broken in (wrong_level, apps_script_spelling):
        broken.setdefault("addOns", {}).setdefault("httpOptions", {})
        broken["addOns"]["httpOptions"]["granularOauthPermissionSupport"] = "OPT_IN"
        with pytest.raises(json_format.ParseError):
            parse_strictly(broken)


def test_scopes_are_exactly_the_narrow_set() -> None:
    scopes = render_deployment(EXAMPLE_BASE_URL)["oauthScopes"]
    assert scopes == [
        AUTH + "gmail.addons.execute",
        AUTH + "gmail.addons.current.action.compose",
        AUTH + "gmail.addons.current.message.metadata",
        AUTH + "calendar.addons.execute",
        AUTH + "calendar.addons.current.event.read",
        AUTH + "calendar.events.owned.readonly",
        AUTH + "userinfo.email",
        AUTH + "script.locale",
    ]
    broad = {
        "https://mail.google.com/",
        AUTH + "gmail.compose",
        AUTH + "gmail.modify",
        AUTH + "gmail.readonly",
        AUTH + "gmail.addons.current.message.readonly",
        AUTH + "calendar",
        AUTH + "calendar.readonly",
        AUTH + "calendar.events",
        AUTH + "calendar.events.readonly",
    }
    assert not broad & set(scopes)


def test_every_scope_is_explained_in_the_docs() -> None:
    doc = (COMMITTED.parents[2] / "docs" / "gmail-addon.md").read_text()
    for scope in render_deployment(EXAMPLE_BASE_URL)["oauthScopes"]:
        assert f"`{scope.removeprefix(AUTH)}`" in doc, scope


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://rightnote.example.com", "https://"),
        ("rightnote.example.com", "https://"),
        ("https://", "no host"),
        ("https://user:pw@rightnote.example.com", "credentials"),
        ("https://rightnote.example.com/?a=b", "query"),
        ("https://rightnote.example.com/#x", "fragment"),
    ],
)
def test_bad_base_urls_are_refused_with_a_reason(url: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        validate_base_url(url)


def test_trailing_slash_is_dropped() -> None:
    assert validate_base_url(" https://a.example/x/ ") == "https://a.example/x"
