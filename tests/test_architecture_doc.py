"""docs/architecture.md names files and modules; a rename or deletion must update it.

Every path it writes as `app/...` (a file or a folder), every short path it writes in backticks
(`store/draft_states.py`, `tests/test_import_rules.py`) and every dotted `app.x.y` module must
exist.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"

# A full path below app/ anywhere in the text, a short `pkg/module.py` in backticks, and a dotted
# module name (its last parts may name a function or class: only the longest module prefix counts).
_FULL_PATH = re.compile(r"\bapp/[A-Za-z0-9_./-]*[A-Za-z0-9_/]")
_SHORT_PATH = re.compile(r"`([a-z_]+/[a-z_/]*[a-z_]+\.py)`")
_DOTTED = re.compile(r"\bapp(?:\.[A-Za-z_][A-Za-z0-9_]*)+")


def _exists(relative: str) -> bool:
    return (ROOT / relative.rstrip("/")).exists()


def _module_exists(dotted: str) -> bool:
    """True when `dotted` is a module, or a module followed by attribute names."""
    parts = dotted.split(".")
    for end in range(len(parts), 1, -1):
        base = ROOT.joinpath(*parts[:end])
        if base.with_suffix(".py").is_file() or (base / "__init__.py").is_file():
            return True
    return False


def test_every_path_the_architecture_page_names_exists() -> None:
    text = DOC.read_text(encoding="utf-8")
    full = set(_FULL_PATH.findall(text))
    short = set(_SHORT_PATH.findall(text)) - full
    assert full, "the page names no app/ path: the pattern no longer matches it"
    missing = sorted(p for p in full if not _exists(p))
    # A short path is below app/ (`store/sql.py`) or, like `tests/test_import_rules.py`, the root.
    missing += sorted(
        p for p in short if not (ROOT / p).exists() and not (ROOT / "app" / p).exists()
    )
    assert not missing, f"docs/architecture.md names paths that do not exist: {missing}"


def test_every_module_the_architecture_page_names_exists() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = sorted(m for m in set(_DOTTED.findall(text)) if not _module_exists(m))
    assert not missing, f"docs/architecture.md names modules that do not exist: {missing}"


def test_the_checks_catch_a_stale_name() -> None:
    # The patterns must see the forms the page uses, or the tests above pass vacuously.
    assert not _exists("app/api/offload.py")
    assert _FULL_PATH.findall("lives in `app/api/offload.py` and") == ["app/api/offload.py"]
    assert _SHORT_PATH.findall("- `api/lean.py` bypasses") == ["api/lean.py"]
    assert _DOTTED.findall("through `app.connect.wiring`.") == ["app.connect.wiring"]
    assert not _module_exists("app.connect.wiring")
    assert _module_exists("app.store.sql.claim_rows")
