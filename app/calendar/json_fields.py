"""Defensive readers of provider JSON (Google Calendar and Microsoft Graph event resources).

A field of the wrong type reads as missing, never as an error: one odd event must not stop a sync.
"""

from __future__ import annotations

from typing import Any

# Longer strings are cut, so one oversized field cannot bloat an event.
MAX_TEXT = 100_000


def json_str(value: Any) -> str | None:
    """A non-empty string, cut to `MAX_TEXT`; anything else None."""
    return value[:MAX_TEXT] if isinstance(value, str) and value else None


def json_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def json_sub(item: dict[str, Any], key: str, sub: str) -> str | None:
    """`item[key][sub]` as `json_str` reads it, e.g. ("start", "timeZone")."""
    value = item.get(key)
    return json_str(value.get(sub)) if isinstance(value, dict) else None
