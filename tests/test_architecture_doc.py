"""docs/architecture.md (and the README and every page in docs/) name files and modules; a rename
or deletion must update them.

Every path it writes as `app/...` (a file or a folder), every short path it writes in backticks
(`store/draft_states.py`, `tests/test_import_rules.py`) and every dotted `app.x.y` module must
exist.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
PAGES = [DOC, ROOT / "README.md", *sorted(set((ROOT / "docs").rglob("*.md")) - {DOC})]

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


def test_the_architecture_page_is_read() -> None:
    assert _FULL_PATH.findall(DOC.read_text(encoding="utf-8")), "the pattern no longer matches"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_path_a_page_names_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    full = set(_FULL_PATH.findall(text))
    short = set(_SHORT_PATH.findall(text)) - full
    missing = sorted(p for p in full if not _exists(p))
    # A short path is below app/ (`store/sql.py`) or, like `tests/test_import_rules.py`, the root.
    missing += sorted(
        p for p in short if not (ROOT / p).exists() and not (ROOT / "app" / p).exists()
    )
    assert not missing, f"{page.name} names paths that do not exist: {missing}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_module_a_page_names_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    missing = sorted(m for m in set(_DOTTED.findall(text)) if not _module_exists(m))
    assert not missing, f"{page.name} names modules that do not exist: {missing}"


def test_the_checks_catch_a_stale_name() -> None:
    # The patterns must see the forms the page uses, or the tests above pass vacuously.
    assert not _exists("app/api/offload.py")
    assert _FULL_PATH.findall("lives in `app/api/offload.py` and") == ["app/api/offload.py"]
    assert _SHORT_PATH.findall("- `api/lean.py` bypasses") == ["api/lean.py"]
    assert _DOTTED.findall("through `app.connect.wiring`.") == ["app.connect.wiring"]
    assert not _module_exists("app.connect.wiring")
    assert _module_exists("app.store.sql.claim_rows")
