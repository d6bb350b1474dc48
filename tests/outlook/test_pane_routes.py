"""The task pane's files, its configuration, and the privacy and terms pages."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from app.addons.outlook_routes import _PANE_FILES, OFFICE_JS, STATIC, pane_config
from app.main import create_app
from app.playbook.scenarios import SCENARIOS
from app.settings import Settings
from tests.providers.microsoft_env import microsoft_settings


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Settings(data_dir=tmp_path, retention_days=30))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            yield c


async def test_the_pane_and_its_files_are_served(client: httpx.AsyncClient) -> None:
    page = await client.get("/outlook/taskpane.html")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["cache-control"] == "no-cache"
    assert page.headers["x-content-type-options"] == "nosniff"
    # Production loads Office.js from Microsoft's CDN; tests swap it by routing that URL.
    assert f'<script src="{OFFICE_JS}"></script>' in page.text

    for name, kind in [("taskpane.js", "text/javascript"), ("taskpane.css", "text/css")]:
        response = await client.get(f"/outlook/{name}")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(kind)


async def test_every_file_the_pane_and_manifests_name_exists(client: httpx.AsyncClient) -> None:
    html = (STATIC / "taskpane.html").read_text()
    for ref in re.findall(r'(?:src|href)="([^"]+)"', html):
        if ref.startswith("https://"):
            continue
        url = httpx.URL("http://127.0.0.1/outlook/taskpane.html").join(ref)
        response = await client.get(url.path)
        assert response.status_code == 200, ref
    for size in (16, 32, 64, 80, 128):
        icon = await client.get(f"/outlook/assets/icon-{size}.png")
        assert icon.status_code == 200
        assert icon.headers["content-type"] == "image/png"
        assert icon.content.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "path",
    [
        "/outlook/secret.key",
        "/outlook/../app/settings.py",
        "/outlook/assets/..%2F..%2Fsettings.py",
        "/outlook/assets/.hidden",
        "/outlook/assets/nope.png",
        "/outlook/vendor/..%2Fassets%2Ficon-16.png",
        "/outlook/outlook_vendor.mjs",
    ],
)
async def test_nothing_else_is_served(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 404


async def test_privacy_and_terms_pages(client: httpx.AsyncClient) -> None:
    privacy = await client.get("/privacy")
    assert privacy.status_code == 200
    assert "never sends email" in privacy.text
    assert "30 days after the interview" in privacy.text
    terms = await client.get("/terms")
    assert terms.status_code == 200
    assert "does not promise any result" in terms.text


async def test_local_config_needs_no_sign_in(client: httpx.AsyncClient) -> None:
    response = await client.get("/outlook/config.json")
    config = response.json()
    assert (config["auth"], config["msal"]) == ("local", None)
    # The scenario names come from the playbook, so the pane cannot drift from the card and API.
    assert [s["value"] for s in config["scenarios"]] == [s.value for s in SCENARIOS]
    assert {s["value"]: s["label"] for s in config["scenarios"]} == {
        k.value: v.label for k, v in SCENARIOS.items()
    }
    assert [s["value"] for s in config["scenarios"] if not s["drafts"]] == ["stand_down"]


def test_production_config(tmp_path: Path) -> None:
    base = {
        "auth_mode": "production",
        "database_url": "sqlite+aiosqlite:///x.db",
        "public_url": "https://rightnote.example",
    }
    config = pane_config(microsoft_settings(tmp_path, **base))
    assert config["auth"] == "microsoft"
    assert config["msal"]["bundle"] == "vendor/msal-browser.min.js"

    single = pane_config(
        microsoft_settings(
            tmp_path,
            **base,
            microsoft_allowed_tenants="4a1b2c3d-0000-4e5f-8a9b-0c1d2e3f4a5b",
            microsoft_authority_host="https://login.microsoftonline.com",
        )
    )
    assert single["msal"]["authority"] == (
        "https://login.microsoftonline.com/4a1b2c3d-0000-4e5f-8a9b-0c1d2e3f4a5b"
    )
    off = pane_config(microsoft_settings(tmp_path, **base, microsoft_client_id=None))
    assert (off["auth"], off["msal"]) == ("unavailable", None)


def test_every_pane_module_is_served_and_names_no_scenario_itself() -> None:
    """The pane is ES modules: each one an import names must be in the served list (else the
    pane dies in Outlook with a 404 the tests' Chromium would also see), and the scenario labels
    live only in the playbook (app/playbook/scenarios.py), not in a copy in the pane."""
    served = {name for name in _PANE_FILES if name.endswith(".js")}
    imported = set()
    for path in STATIC.glob("*.js"):
        imported |= set(re.findall(r'from "\./([\w.-]+\.js)"', path.read_text()))
    assert imported, "the pane's modules import each other"
    assert imported <= served, imported - served
    on_disk = {p.name for p in STATIC.glob("*.js")}
    assert served == on_disk
    for path in [*STATIC.glob("*.js"), *STATIC.glob("*.html")]:
        text = path.read_text()
        for spec in SCENARIOS.values():
            if spec.drafts:  # "Stand down" is also the button's own verb
                assert spec.label not in text, (path.name, spec.label)
