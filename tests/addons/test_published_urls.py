"""Every URL the two add-ins publish (Gmail descriptor, both Outlook manifests) answers from a
running app with 200 and the content type its consumer expects: a blank logo or a 404 icon is
only ever seen in Gmail or Outlook otherwise."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.addons.gmail_manifest import EXAMPLE_BASE_URL, render_deployment
from app.addons.outlook_manifest import render_outlook_manifests
from app.main import create_app
from app.settings import Settings
from app.store.migrations import run_migrations
from tests.fakes.server import serve_asgi

ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "6e0a5c2b-3f41-4d8e-9b7a-2c5d8e1f0a93"
OUTLOOK_BASE = "https://rightnote.example.com"
# Keys naming a page or image someone fetches with GET (runFunction endpoints are POSTed to).
_GET_KEYS = {"logoUrl", "url", "page", "websiteUrl", "privacyUrl", "termsOfUseUrl"}
_PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("published") / "data")
    asyncio.run(run_migrations(settings.resolved_database_url))
    with serve_asgi(create_app(settings), lifespan="on") as url:
        yield url


def _walk(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v, key)
    elif isinstance(value, str) and value.startswith("https://"):
        yield key, value


def _gmail_urls() -> dict[str, str]:
    """URL -> expected type, from the committed descriptor and a fresh rendering."""
    committed = json.loads((ROOT / "addon_manifest/gmail/deployment.json").read_text())
    urls = {}
    for descriptor in (committed, render_deployment(EXAMPLE_BASE_URL)):
        for key, url in _walk(descriptor):
            if key == "logoUrl":
                urls[url] = "image/png"
    return urls


def _outlook_urls() -> dict[str, str]:
    manifests = render_outlook_manifests(OUTLOOK_BASE, CLIENT_ID)
    committed_xml = (ROOT / "addon_manifest/outlook/manifest.xml").read_text()
    committed_json = json.loads((ROOT / "addon_manifest/outlook/manifest.json").read_text())
    urls: dict[str, str] = {}
    for manifest in (manifests.unified, committed_json):
        for key, url in _walk(manifest):
            if key in _GET_KEYS and not url.startswith("https://developer.microsoft.com/"):
                urls[url] = _type_of(url)
    for xml in (manifests.xml, committed_xml):
        for url in re.findall(r'DefaultValue="(https://[^"]+)"', xml):
            urls[url] = _type_of(url)
    return urls


def _type_of(url: str) -> str:
    return "image/png" if url.endswith(".png") else "text/html"


def test_the_inventory_covers_what_was_missed() -> None:
    gmail = _gmail_urls()
    outlook = _outlook_urls()
    assert f"{EXAMPLE_BASE_URL}/static/rightnote-logo-96.png" in gmail
    assert f"{OUTLOOK_BASE}/outlook/taskpane.html" in outlook
    assert f"{OUTLOOK_BASE}/outlook/assets/icon-128.png" in outlook
    assert f"{OUTLOOK_BASE}/privacy" in outlook


@pytest.mark.parametrize("which", ["gmail", "outlook"])
def test_every_published_url_answers_with_its_type(app_url: str, which: str) -> None:
    urls = _gmail_urls() if which == "gmail" else _outlook_urls()
    with httpx.Client(timeout=10) as client:
        for url, expected in sorted(urls.items()):
            path = re.sub(r"^https://[^/]+", "", url) or "/"
            response = client.get(app_url + path)
            assert response.status_code == 200, (url, response.status_code)
            content_type = response.headers["content-type"].split(";")[0].strip()
            assert content_type == expected, (url, content_type)
            if expected == "image/png":
                assert response.content.startswith(_PNG), url
