"""Set-up shared by the Google provider tests: settings pointing google-api-python-client at
the fake Gmail + Calendar server (tests/fakes/google_api.py) served on a loopback port."""

from __future__ import annotations

from pathlib import Path

from app.settings import Settings

# The production default. A 1 s bound kept the slow-answer tests a little quicker but failed the
# lost-answer tests on a loaded machine, where the fake itself took over a second to answer.
TEST_TIMEOUT = 3.0


def google_settings(tmp_path: Path, google_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path, google_api_endpoint=google_url, google_api_timeout_seconds=TEST_TIMEOUT
    )
