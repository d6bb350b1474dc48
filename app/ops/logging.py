"""Logging for every process (`serve`, `worker`, `run`): one setup call, one format, no secrets.

    setup_logging(settings)
    log.info("autodraft.draft_created", extra={"provider": "google", "attempt": 2})

Records are event names with keyword fields. With RIGHTNOTE_LOG_JSON each becomes one JSON object
per line (`ts`, `level`, `logger`, `event`, `request_id`, the fields); otherwise a readable line.
Every line passes through `redact`, which masks anything shaped like a credential: the code
never logs tokens or bodies, and this is the net under that rule, not a licence to log them.
"""

from __future__ import annotations

import logging
import re
import sys
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, TextIO

import orjson

from app.settings import Settings

# The id of the request (or job) being handled; every record made meanwhile carries it.
request_id_var: ContextVar[str | None] = ContextVar("rightnote_request_id", default=None)

REDACTED = "[redacted]"

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization header values: "Bearer <anything token-shaped>", "Basic <base64>".
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"), rf"\1 {REDACTED}"),
    # JWTs (ID tokens, Entra access tokens): base64url header starting {" plus two segments.
    (re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*"), REDACTED),
    # Fernet tokens (our stored ciphertexts) and Fernet keys are base64url; tokens start gAAAAA.
    (re.compile(r"\bgAAAAA[A-Za-z0-9_-]{20,}={0,2}"), REDACTED),
    # Google OAuth access and refresh tokens.
    (re.compile(r"\bya29\.[A-Za-z0-9._-]+"), REDACTED),
    (re.compile(r"\b1//[A-Za-z0-9._-]{10,}"), REDACTED),
    # Credentials in query strings and form bodies: token=, code=, client_secret= ...
    (
        re.compile(
            r"(?i)\b((?:access_|refresh_|id_|validation|client_|session_)?token|code|"
            r"client_secret|secret|password|assertion|key|sig|signature)=[^&\s\"',;]+"
        ),
        rf"\1={REDACTED}",
    ),
    # A URL's password: scheme://user:password@host.
    (re.compile(r"(\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@/\s]+@"), rf"\1{REDACTED}@"),
]


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


# LogRecord's own attributes; anything else on a record came from `extra=` and is a field.
_RECORD_ATTRS = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys()
    | {"message", "asctime", "request_id", "taskName"}
    # uvicorn's copy of the message with terminal colour codes.
    | {"color_message"}
)


def record_fields(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in vars(record).items() if k not in _RECORD_ATTRS and k[0] != "_"}


class RedactFilter(logging.Filter):
    """Scrub the message, its arguments and string fields before any formatter sees them."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        for key, value in record_fields(record).items():
            if isinstance(value, str):
                setattr(record, key, redact(value))
        return True


class ContextFilter(logging.Filter):
    """Stamp the current request id on the record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


def _json_default(value: Any) -> Any:
    return str(value)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None)
        if request_id:
            entry["request_id"] = request_id
        for key, value in record_fields(record).items():
            entry.setdefault(key, value)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        line = orjson.dumps(entry, default=_json_default, option=orjson.OPT_NON_STR_KEYS)
        return redact(line.decode())


class TextFormatter(logging.Formatter):
    """`12:00:01 INFO  rightnote.http http.request method=GET route=/v1/... [req 3f2a]`."""

    def format(self, record: logging.LogRecord) -> str:
        stamp = datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        parts = [stamp, f"{record.levelname:<7}", record.name, redact(record.getMessage())]
        # Field values were scrubbed one by one by RedactFilter; the joined line is not run
        # through `redact` again, or a field named `code` would be masked by the `code=` rule.
        parts += [f"{key}={value}" for key, value in record_fields(record).items()]
        request_id = getattr(record, "request_id", None)
        if request_id:
            parts.append(f"[req {request_id}]")
        text = " ".join(parts)
        if record.exc_info:
            text += "\n" + redact(self.formatException(record.exc_info))
        return text


_HANDLER_NAME = "rightnote"
# Libraries whose debug and info records carry user data (SQL parameters).
QUIET_LIBRARIES = ("sqlalchemy", "aiosqlite", "asyncpg")


def setup_logging(settings: Settings, stream: TextIO | None = None) -> logging.Handler:
    """Route every logger (ours, uvicorn's, SQLAlchemy's) to one handler on stderr.

    Idempotent: a second call replaces the handler it installed before.
    """
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.addFilter(ContextFilter())
    handler.addFilter(RedactFilter())
    handler.setFormatter(JsonFormatter() if settings.log_json else TextFormatter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.log_level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        # uvicorn's own records reach the root handler, formatted like ours.
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
    # Our middleware writes the access line (with route template and request id); uvicorn's
    # would repeat it with the raw path, query string included.
    logging.getLogger("uvicorn.access").disabled = True
    for name in QUIET_LIBRARIES:
        # At INFO/DEBUG these log every SQL statement with its parameters: plan text, interview
        # titles, names. Pinned whatever RIGHTNOTE_LOG_LEVEL says; their warnings still show.
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
