"""Provider JSON made safe to keep and to send on: no lone UTF-16 surrogates.

Graph and Google are UTF-16 services. A field they cut at a fixed length (Graph's 255-character
`bodyPreview`, a display name truncated by the organizer's client) can end half-way through an
emoji, and their JSON then carries a lone escape such as "\\ud83d". `json.loads` accepts it and
makes a Python str that cannot be encoded as UTF-8: the card or JSON answer built from it fails
to serialise (a 500 for the Gmail card, the Outlook pane's suggestions) and the database refuses
it. `valid_text` replaces each lone half by U+FFFD (a pair written as two escapes becomes its
character), walking dicts and lists; everything else is returned as it is, and ASCII strings
cost one check.
"""

from __future__ import annotations

import re
from typing import Any

# A UTF-16 surrogate code point (one character class: linear on any input).
_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(value: Any) -> Any:
    """`value` with every lone surrogate in its strings (and dict keys) replaced by U+FFFD."""
    if isinstance(value, str):
        if value.isascii() or _SURROGATE.search(value) is None:
            return value
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if isinstance(value, list):
        return [valid_text(item) for item in value]
    if isinstance(value, dict):
        return {valid_text(key): valid_text(item) for key, item in value.items()}
    return value
