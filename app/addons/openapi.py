"""The OpenAPI description of the Google add-on endpoints (`/addons/gmail/...`,
`/addons/calendar/...`).

Only Google calls them: each request carries Google's system ID token for the exact endpoint URL
(`Authorization: Bearer`) and the user's ID token in `authorizationEventObject.userIdToken`
(app/addons/google_request.py). The body is Google's event object, read by hand (the routes take no
pydantic body), so it is described here: the fields RightNote reads, with their types. Google adds
fields over time; unknown ones are ignored, and a documented field of the wrong type is either
refused (400) or ignored, never trusted. Responses are Google's action shapes (cards are checked
against Google's own schemas in the tests).
"""

from __future__ import annotations

from typing import Any

from app.api.schemas_errors import ErrorOut

_STRING = {"type": "string"}
_STRINGS = {"type": "array", "items": _STRING}

EVENT_OBJECT: dict[str, Any] = {
    "type": "object",
    "title": "GoogleEventObject",
    "description": "The event object Google Workspace posts to an HTTP add-on endpoint.",
    "properties": {
        "commonEventObject": {
            "type": "object",
            "properties": {
                "hostApp": _STRING,
                "platform": _STRING,
                "userLocale": _STRING,
                "timeZone": {
                    "type": "object",
                    "properties": {"id": _STRING, "offset": {"type": "integer"}},
                },
                "parameters": {
                    "type": "object",
                    "description": "The clicked action's parameters.",
                    "additionalProperties": _STRING,
                },
                "formInputs": {
                    "type": "object",
                    "additionalProperties": {
                        "type": "object",
                        "properties": {
                            "stringInputs": {
                                "type": "object",
                                "properties": {"value": _STRINGS},
                            }
                        },
                    },
                },
            },
        },
        "authorizationEventObject": {
            "type": "object",
            "properties": {
                "userIdToken": {**_STRING, "description": "The user's Google ID token."},
                "userOAuthToken": _STRING,
                "systemIdToken": _STRING,
                "authorizedScopes": _STRINGS,
            },
        },
        "gmail": {
            "type": "object",
            "properties": {
                "accessToken": _STRING,
                "messageId": _STRING,
                "threadId": _STRING,
                "toRecipients": _STRINGS,
                "ccRecipients": _STRINGS,
                "bccRecipients": _STRINGS,
            },
        },
        "calendar": {
            "type": "object",
            "properties": {
                "id": _STRING,
                "calendarId": _STRING,
                "recurringEventId": _STRING,
                "organizer": {"type": "object", "properties": {"email": _STRING}},
                "attendees": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "email": _STRING,
                            "displayName": _STRING,
                            "organizer": {"type": "boolean"},
                            "self": {"type": "boolean"},
                            "optional": {"type": "boolean"},
                            "resource": {"type": "boolean"},
                            "responseStatus": _STRING,
                        },
                    },
                },
            },
        },
    },
    "example": {
        "commonEventObject": {
            "hostApp": "GMAIL",
            "platform": "WEB",
            "userLocale": "en-US",
            "timeZone": {"id": "Europe/Berlin", "offset": 3600000},
        },
        "authorizationEventObject": {"userIdToken": "<Google ID token>"},
        "gmail": {"toRecipients": ["dana.lee@litware.example"], "ccRecipients": []},
    },
}

ADDON_RESPONSE: dict[str, Any] = {
    "type": "object",
    "title": "GoogleAddonResponse",
    "description": "One of Google's add-on responses: a pushed card (`action`), render actions "
    "(an updated card, a notification, a draft update) or a request for more scopes.",
    "properties": {
        "action": {"type": "object"},
        "renderActions": {"type": "object"},
        "requesting_google_scopes": {"type": "object"},
    },
    "anyOf": [
        {"required": ["action"]},
        {"required": ["renderActions"]},
        {"required": ["requesting_google_scopes"]},
    ],
    "additionalProperties": False,
}

# `openapi_extra` of each add-on route: the body the handler reads by hand.
EVENT_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": EVENT_OBJECT}},
    }
}

ADDON_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "A card or action for Google to render",
        "content": {"application/json": {"schema": ADDON_RESPONSE}},
    },
    400: {"model": ErrorOut, "description": "The body is not an event object"},
    401: {
        "model": ErrorOut,
        "description": "Google's system ID token or the user's ID token is missing or invalid",
    },
    413: {"model": ErrorOut, "description": "Body too large"},
    429: {
        "model": ErrorOut,
        "description": "Too many requests for this user; `Retry-After` says when to retry",
    },
}
