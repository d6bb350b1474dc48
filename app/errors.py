"""One error hierarchy. Every error the service returns renders as {"error", "detail"}."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class AppError(Exception):
    status_code: int = 400
    code: str = "bad_request"

    def __init__(self, detail: Any = None, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail if detail is not None else self.code.replace("_", " ")
        self.headers = headers or {}


class AnswerInstead(AppError):
    """Not a failure: a dependency's complete answer in place of the route's (e.g. a Google
    add-on consent request when the event proves no user yet). Rendered as `body`, as is."""

    status_code, code = 200, "answer"

    def __init__(self, body: dict[str, Any], *, status_code: int = 200) -> None:
        super().__init__("answered by a dependency")
        self.body = body
        self.status_code = status_code


class BadRequest(AppError):
    status_code, code = 400, "bad_request"


class ValidationFailed(AppError):
    status_code, code = 422, "validation_failed"


class Unauthorized(AppError):
    status_code, code = 401, "unauthorized"


class Forbidden(AppError):
    status_code, code = 403, "forbidden"


class NotFound(AppError):
    status_code, code = 404, "not_found"


class Conflict(AppError):
    status_code, code = 409, "conflict"


class PayloadTooLarge(AppError):
    status_code, code = 413, "payload_too_large"


class UnsupportedMediaType(AppError):
    status_code, code = 415, "unsupported_media_type"


class RateLimited(AppError):
    status_code, code = 429, "rate_limited"

    def __init__(self, retry_after: int, detail: Any = None) -> None:
        super().__init__(detail or "too many requests", headers={"Retry-After": str(retry_after)})
        self.retry_after = retry_after


class ParseError(BadRequest):
    """Input we could not read (a calendar file, a JSON page ...)."""

    code = "parse_error"


class ProviderError(AppError):
    """A Google or Microsoft API failed. Subclasses say how the caller should react."""

    status_code, code = 502, "provider_error"


class ProviderUnavailable(ProviderError):
    """Transient: 5xx, timeout, dropped connection. A write may still have happened."""

    status_code, code = 503, "provider_unavailable"


class ProviderThrottled(ProviderError):
    status_code, code = 503, "provider_throttled"

    def __init__(self, retry_after: float | None = None, detail: Any = None) -> None:
        super().__init__(detail or "the provider asked us to slow down")
        self.retry_after = retry_after


class ReauthRequired(ProviderError):
    """The user's grant was revoked or expired: they must connect again."""

    status_code, code = 409, "reauth_required"


# Shared by the API's 422 answers and the CLI's messages (which must not load the web framework).
def readable_message(err: Mapping[str, Any]) -> str:
    """One validation error in words a person reads: no regex, no "Value error," prefix."""
    kind = str(err.get("type", ""))
    ctx = err.get("ctx") or {}
    message = str(err.get("msg", "invalid"))
    if kind == "json_invalid":
        return "the body is not valid JSON: " + str(ctx.get("error", ""))
    if kind == "string_pattern_mismatch":
        if "@" in str(ctx.get("pattern", "")):
            return "is not an email address (expected name@example.com)"
        return "is not in the expected format"
    if kind == "value_error":
        return message.removeprefix("Value error, ")
    if kind == "string_too_long":
        return f"is too long (at most {ctx.get('max_length')} characters)"
    if kind == "too_long":
        return f"has too many items (at most {ctx.get('max_length')})"
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a field this request takes"
    if kind in ("enum", "literal_error"):
        return f"must be one of: {ctx.get('expected', '')}".replace("'", "")
    if kind in ("datetime_from_date_parsing", "datetime_parsing", "datetime_type"):
        return "is not a date-time (expected e.g. 2026-11-24T14:00:00)"
    if kind in _BOUNDS:
        word, key = _BOUNDS[kind]
        return f"must be {word} {ctx.get(key)}"
    if kind == "string_too_short":
        return f"is too short (at least {ctx.get('min_length')} characters)"
    if kind == "too_short":
        return f"has too few items (at least {ctx.get('min_length')})"
    return _WRONG_TYPE.get(kind) or message.removeprefix("Value error, ")


# pydantic's own sentences ("Input should be a valid dictionary or object to extract fields
# from") name its internals; a client needs the JSON type it should have sent.
_WRONG_TYPE = {
    "model_type": "must be an object ({...})",
    "model_attributes_type": "must be an object ({...})",
    "dict_type": "must be an object ({...})",
    "list_type": "must be a list ([...])",
    "string_type": "must be text (a JSON string)",
    "string_unicode": "is not valid Unicode text (invalid UTF-8, or half of an emoji)",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "uuid_type": "is not an id (expected a UUID)",
    "uuid_parsing": "is not an id (expected a UUID)",
    "date_type": "is not a date (expected e.g. 2026-11-24)",
    "date_parsing": "is not a date (expected e.g. 2026-11-24)",
    "date_from_datetime_parsing": "is not a date (expected e.g. 2026-11-24)",
    "date_from_datetime_inexact": "is not a date (expected e.g. 2026-11-24)",
}
_BOUNDS = {
    "greater_than_equal": ("at least", "ge"),
    "greater_than": ("more than", "gt"),
    "less_than_equal": ("at most", "le"),
    "less_than": ("less than", "lt"),
}
