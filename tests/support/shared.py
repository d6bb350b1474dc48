"""Where the team's shared folder is (real calendar files from other projects, the playbook).

It sits beside the repository (`../shared`) on the team's machines; a checkout elsewhere finds
it through RIGHTNOTE_SHARED_DIR or at /work/shared. Its files are other projects' and are read
in place, not copied here. Without it the tests that read it skip with the reason, unless
RIGHTNOTE_REQUIRE_SHARED=1 (set by .ci/run) makes its absence a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


def shared_dir() -> Path | None:
    candidates = [
        os.environ.get("RIGHTNOTE_SHARED_DIR"),
        REPO_ROOT.parent / "shared",
        "/work/shared",
    ]
    for candidate in candidates:
        if candidate and (Path(candidate) / "cases").is_dir():
            return Path(candidate)
    return None


def require_shared() -> Path:
    """The shared folder, or skip (fail under RIGHTNOTE_REQUIRE_SHARED=1) without it."""
    found = shared_dir()
    if found is None:
        reason = (
            "the shared folder (../shared, RIGHTNOTE_SHARED_DIR or /work/shared) is not on this "
            "machine"
        )
        if os.environ.get("RIGHTNOTE_REQUIRE_SHARED") == "1":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason, allow_module_level=True)
    return found
