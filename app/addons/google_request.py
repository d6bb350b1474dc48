"""The verified context of a Google Workspace add-on request: `AddonContextDep`.

Order of checks, each one before anything else is read:
1. `Authorization: Bearer <system ID token>` proves the request comes from our deployment and was
   made for this exact endpoint URL (`RIGHTNOTE_PUBLIC_URL` + the route path).
2. The body must be a JSON object (the event object); anything else is a 400.
3. `authorizationEventObject.userIdToken` proves who the user is (audience: our OAuth client id).
   A verified event without one (the user withheld userinfo.email under granular consent) gets
   a consent request for that scope (`requesting_google_scopes`), not a 401.
Any failure is a 401 (or 400 for a malformed body) raised from the dependency, so the route never
runs. This holds in every auth mode: only Google can call these endpoints.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated, Any

import orjson
from fastapi import Depends, Request

from app.addons.cardkit import requesting_google_scopes
from app.api.deps import GoogleCertsDep, SettingsDep
from app.auth.google import verify_system_id_token, verify_user_id_token
from app.auth.identity import Identity, bearer_token
from app.errors import AnswerInstead, BadRequest, Unauthorized
from app.ops.ratelimit import enforce_user_rate_limit
from app.settings import Settings

# What makes Google put a userIdToken in the event (gmail_manifest.OAUTH_SCOPES names it).
SIGN_IN_SCOPES = ("https://www.googleapis.com/auth/userinfo.email",)


@dataclass(frozen=True, slots=True)
class GoogleAddonContext:
    identity: Identity
    endpoint_url: str
    # The event object without `authorizationEventObject`: its tokens are exposed only through the
    # fields below, so logging or echoing the event cannot leak them.
    event: dict[str, Any] = field(repr=False)
    host_app: str | None = None  # "GMAIL" | "CALENDAR" | ...
    platform: str | None = None
    user_locale: str | None = None
    time_zone: str | None = None  # IANA id, with `useLocaleFromApp` + script.locale
    parameters: dict[str, str] = field(default_factory=dict)  # the clicked action's parameters
    form_inputs: dict[str, Any] = field(default_factory=dict, repr=False)
    user_oauth_token: str | None = field(default=None, repr=False)
    # None when Google did not report scopes (all-or-nothing consent: everything was granted).
    authorized_scopes: tuple[str, ...] | None = None
    gmail: dict[str, Any] = field(default_factory=dict, repr=False)
    calendar: dict[str, Any] = field(default_factory=dict, repr=False)

    def string_inputs(self, name: str) -> list[str]:
        """All values of a text or selection input (`formInputs[name].stringInputs.value`)."""
        entry = self.form_inputs.get(name)
        if not isinstance(entry, dict):
            return []
        string_inputs = entry.get("stringInputs")
        values = string_inputs.get("value") if isinstance(string_inputs, dict) else None
        if not isinstance(values, list):
            return []
        return [value for value in values if isinstance(value, str)]

    def string_input(self, name: str) -> str | None:
        values = self.string_inputs(name)
        return values[0] if values else None

    def missing_scopes(self, required: Iterable[str]) -> list[str]:
        """Required scopes the user has not granted (granular consent); [] when all are granted."""
        if self.authorized_scopes is None:
            return []
        granted = set(self.authorized_scopes)
        return [scope for scope in required if scope not in granted]

    @property
    def gmail_access_token(self) -> str | None:
        """Per-message Gmail token (`X-Goog-Gmail-Access-Token` for add-on-scoped Gmail calls)."""
        value = self.gmail.get("accessToken")
        return value if isinstance(value, str) else None


def endpoint_url(settings: Settings, request: Request) -> str:
    """The URL Google called, as Google signed it: public URL + the app's own path (+ query).

    Host, scheme and X-Forwarded-* headers are never consulted: behind a TLS-terminating proxy
    they describe the proxy hop, and a client can set them to anything.
    """
    path: str = request.scope.get("path", "")
    root_path: str = request.scope.get("root_path", "")
    if root_path and path.startswith(root_path):
        path = path[len(root_path) :]
    url = settings.public_url + path
    query: bytes = request.scope.get("query_string", b"")
    if query:
        url += "?" + query.decode("latin-1")
    return url


def _object(event: dict[str, Any], key: str) -> dict[str, Any]:
    value = event.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise BadRequest(f"{key} must be a JSON object")
    return value


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return value if isinstance(value, str) else None


def _string_map(obj: dict[str, Any], key: str) -> dict[str, str]:
    value = _object(obj, key)
    if not all(isinstance(item, str) for item in value.values()):
        raise BadRequest(f"{key} values must be strings")
    return dict(value)


# A `\u` escape (four hex digits) of half a UTF-16 pair, the pair itself, or an escaped
# backslash (so that `\\ud83d`, a backslash then the letters, is left alone). Alternatives of
# fixed length, tried at each backslash only: linear.
_SURROGATE_ESCAPE = re.compile(
    rb"\\(?:\\|u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[dD][89a-fA-F][0-9a-fA-F]{2})"
)


def _lone_surrogate_as_fffd(match: re.Match[bytes]) -> bytes:
    text = match.group()
    return b"\\ufffd" if len(text) == 6 else text  # a pair (12) or a backslash (2) stays


def without_lone_surrogates(body: bytes) -> bytes:
    """The JSON text with each escaped half of a UTF-16 pair ("\\ud83d") written as U+FFFD.

    JSON's grammar allows such an escape, and the producers around an event object write it for
    text cut in the middle of an emoji (JavaScript's JSON.stringify, where form inputs are typed;
    Calendar data, which the sync already reads with the same repair, app/providers/text_guard.py).
    One guest's broken name must not cost the user the whole card; the half character itself
    could not be written back out in the card's JSON, so it becomes U+FFFD here."""
    return _SURROGATE_ESCAPE.sub(_lone_surrogate_as_fffd, body)


def _with_surrogates_repaired(body: bytes) -> Any:
    repaired = without_lone_surrogates(body) if b"\\u" in body else body
    if repaired != body:
        with contextlib.suppress(orjson.JSONDecodeError):
            return orjson.loads(repaired)
    raise BadRequest("the body is not valid JSON")


async def _event_object(request: Request) -> dict[str, Any]:
    body = await request.body()
    try:
        # orjson, not json: it refuses NaN (not JSON) and nesting deeper than 1024 levels, where
        # json.loads would raise RecursionError (a 500) instead.
        event = orjson.loads(body)
    except orjson.JSONDecodeError:
        event = _with_surrogates_repaired(body)
    if not isinstance(event, dict):
        raise BadRequest("the body must be a JSON object (a Google event object)")
    return event


async def google_addon_context(
    request: Request, settings: SettingsDep, certs: GoogleCertsDep
) -> GoogleAddonContext:
    url = endpoint_url(settings, request)

    system_token = bearer_token(request)
    if system_token is None:
        raise Unauthorized(
            "a Google system ID token is required", headers={"WWW-Authenticate": "Bearer"}
        )
    await verify_system_id_token(system_token, audience=url, settings=settings, certs=certs)

    event = await _event_object(request)
    auth = _object(event, "authorizationEventObject")
    user_token = auth.get("userIdToken")
    if not isinstance(user_token, str) or not user_token:
        if isinstance(event.get("commonEventObject"), dict):
            # An event from Google (verified), but the user withheld the sign-in scope under
            # granular consent: ask for it, instead of a bare 401 the user never sees.
            raise AnswerInstead(requesting_google_scopes(SIGN_IN_SCOPES))
        raise Unauthorized(
            "the event carries no user ID token (the deployment must request userinfo.email)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    identity = await verify_user_id_token(user_token, settings=settings, certs=certs)
    await enforce_user_rate_limit(request, identity)  # per-user limit (app/ops/ratelimit.py)

    common = _object(event, "commonEventObject")
    scopes = auth.get("authorizedScopes")
    if scopes is not None and not (
        isinstance(scopes, list) and all(isinstance(scope, str) for scope in scopes)
    ):
        raise BadRequest("authorizedScopes must be a list of strings")
    time_zone = _object(common, "timeZone")
    return GoogleAddonContext(
        identity=identity,
        endpoint_url=url,
        event={key: value for key, value in event.items() if key != "authorizationEventObject"},
        host_app=_optional_str(common, "hostApp"),
        platform=_optional_str(common, "platform"),
        user_locale=_optional_str(common, "userLocale"),
        time_zone=_optional_str(time_zone, "id"),
        parameters=_string_map(common, "parameters"),
        form_inputs=_object(common, "formInputs"),
        user_oauth_token=_optional_str(auth, "userOAuthToken"),
        authorized_scopes=tuple(scopes) if scopes is not None else None,
        gmail=_object(event, "gmail"),
        calendar=_object(event, "calendar"),
    )


AddonContextDep = Annotated[GoogleAddonContext, Depends(google_addon_context)]
