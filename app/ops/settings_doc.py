"""docs/settings.md, rendered from the Settings class (names, types, defaults, descriptions).

Sections follow the `# --- name ---` comments in app/settings.py. Defaults of secret fields are
never printed (they have none to print, and the rule holds if one ever gets one).
"""

from __future__ import annotations

import inspect
import re
import types
from enum import Enum
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import annotated_types
from pydantic import SecretStr
from pydantic.fields import FieldInfo

from app.settings import Settings

HEADER = """\
# Settings

Every setting is an environment variable with the `RIGHTNOTE_` prefix. This page is generated
from `app/settings.py` by `rightnote settings-doc --out docs/settings.md`; edit the field's
`description` there, not this file (a test fails when they differ).

Lists are comma-separated (`RIGHTNOTE_TRUSTED_PROXIES=10.0.0.0/8,192.168.0.0/16`). A variable
set to the empty string counts as unset. Secrets are marked **secret**: give them through a
secret store, never in a committed file.
"""

_SECTION = re.compile(r"^\s*# -+ (?P<name>[^-].*?) -+\s*$")
_FIELD = re.compile(r"^    (?P<name>[a-z_][a-z0-9_]*)\s*:")


def sections() -> list[tuple[str, list[str]]]:
    """(section title, field names) in source order."""
    result: list[tuple[str, list[str]]] = [("General", [])]
    for line in inspect.getsource(Settings).splitlines():
        if match := _SECTION.match(line):
            result.append((match["name"].strip().capitalize(), []))
        elif (match := _FIELD.match(line)) and match["name"] in Settings.model_fields:
            result[-1][1].append(match["name"])
    return [(title, names) for title, names in result if names]


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def is_secret(field: FieldInfo) -> bool:
    return _unwrap_optional(field.annotation)[0] is SecretStr


def type_text(field: FieldInfo) -> str:
    annotation, _ = _unwrap_optional(field.annotation)
    if annotation is SecretStr:
        text = "**secret**"
    elif isinstance(annotation, type) and issubclass(annotation, Enum):
        text = " \\| ".join(f"`{member.value}`" for member in annotation)
    elif get_origin(annotation) is list:
        text = "list"
    elif annotation is Path:
        text = "path"
    elif isinstance(annotation, type):
        text = annotation.__name__
    else:
        text = str(annotation)
    bounds = []
    for item in field.metadata:
        for cls, symbol, attribute in (
            (annotated_types.Ge, "≥", "ge"),
            (annotated_types.Gt, ">", "gt"),
            (annotated_types.Le, "≤", "le"),
            (annotated_types.Lt, "<", "lt"),
        ):
            if isinstance(item, cls):
                bounds.append(f"{symbol} {getattr(item, attribute)}")
    return text + (f" ({', '.join(bounds)})" if bounds else "")


def default_text(field: FieldInfo) -> str:
    extra = field.json_schema_extra
    if isinstance(extra, dict) and isinstance(extra.get("doc_default"), str):
        return str(extra["doc_default"])
    if is_secret(field):
        return "unset"
    factory = field.default_factory
    value = factory() if factory is not None else field.default  # type: ignore[call-arg]
    if value is None:
        return "unset"
    if isinstance(value, list) and not value:
        return "empty"
    if isinstance(value, list):
        return "`" + ",".join(str(v) for v in value) + "`"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, Enum):
        return f"`{value.value}`"
    return f"`{value}`"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render() -> str:
    prefix = Settings.model_config.get("env_prefix", "")
    lines = [HEADER]
    for title, names in sections():
        lines += [f"## {title}", "", "| variable | type | default | description |"]
        lines.append("| --- | --- | --- | --- |")
        for name in names:
            field = Settings.model_fields[name]
            lines.append(
                f"| `{prefix}{name.upper()}` | {type_text(field)} | {_cell(default_text(field))} "
                f"| {_cell(field.description or '')} |"
            )
        lines.append("")
    return "\n".join(lines)


def undocumented() -> list[str]:
    return [name for name, field in Settings.model_fields.items() if not field.description]
