"""The environment the suite runs in is the one the README installs.

caldav's HTTP client (niquests) depends on urllib3-future. Its wheel ships a `.pth` file that
copies itself over `urllib3` at every interpreter start, so `requests` (schemathesis, msal) then
runs on a different library than the one it was released against. The README's install commands
build it from source with URLLIB3_NO_OVERRIDE=1, which keeps the two apart; this test names the
fix when an environment was installed another way.
"""

from __future__ import annotations

import importlib.metadata
import site
from pathlib import Path

import urllib3

FIX = (
    "urllib3 was replaced by urllib3-future: reinstall with "
    "URLLIB3_NO_OVERRIDE=1 PIP_NO_BINARY=urllib3-future pip install --force-reinstall "
    "--no-deps urllib3-future urllib3 (see the README's install commands)"
)


def test_urllib3_is_urllib3() -> None:
    assert urllib3.__version__ == importlib.metadata.version("urllib3"), FIX  # type: ignore[attr-defined]
    for folder in site.getsitepackages():
        assert not (Path(folder) / "urllib3_future.pth").exists(), FIX


def test_niquests_has_its_own_urllib3_future() -> None:
    import niquests  # noqa: F401  (caldav's client: it must still import)
    import urllib3_future

    version = urllib3_future.__version__  # type: ignore[attr-defined]
    assert version == importlib.metadata.version("urllib3-future")
