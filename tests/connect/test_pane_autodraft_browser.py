"""The Outlook task pane's auto-draft section in headless Chromium: status from the API, connect
through an Office dialog with a short-lived link, disconnect and delete my data with confirmation.
(The connect flow behind the link is tested without a browser in test_connect_microsoft.py.)"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.autodraft.sync_state import ensure_sync_state
from app.store.connections import Connection, ConnectionStatus
from app.store.db import Database
from app.store.users import User
from tests.fakes.microsoft_identity import ALICE
from tests.outlook.test_taskpane_browser import (  # noqa: F401  (fixtures)
    Pane,
    browse,
    chromium,
    open_production,
    production_backend,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def production_pane(
    chromium: Path,  # noqa: F811
    production_backend: tuple[str, Any],  # noqa: F811
    tmp_path: Path,
) -> Iterator[tuple[Pane, Any, Path]]:
    url, identity = production_backend
    for pane in browse(chromium, url, tmp_path):
        yield pane, identity, tmp_path / "prod.db"


def connect_in_the_background(db_file: Path, status: ConnectionStatus) -> None:
    """What the connect callback leaves (its flow is tested elsewhere): Alice's connection."""

    async def write() -> None:
        database = Database(f"sqlite+aiosqlite:///{db_file}")
        try:
            async with database.sessions() as session, session.begin():
                user = await session.scalar(select(User).where(User.key.contains(ALICE.oid)))
                assert user is not None
                connection = await session.scalar(
                    select(Connection).where(Connection.user_id == user.id)
                )
                if connection is None:
                    connection = Connection(
                        id=uuid.uuid4(),
                        user_id=user.id,
                        provider="microsoft",
                        account_subject=ALICE.oid,
                    )
                    session.add(connection)
                connection.account_email = ALICE.username
                connection.status = status
                await session.flush()
                await ensure_sync_state(session, connection, "me/events")
        finally:
            await database.dispose()

    # Playwright's sync API runs a loop in this thread: write from another one.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, write()).result()


def test_connect_status_disconnect_and_delete(
    production_pane: tuple[Pane, Any, Path],
) -> None:
    from playwright.sync_api import expect

    pane, identity, db_file = production_pane
    page = pane.page
    open_production(pane, identity)
    expect(page.locator("#person-name")).to_have_text("Priya Raman")

    expect(page.locator("#autodraft-status")).to_contain_text("Off.")
    page.click("#autodraft-connect")
    page.wait_for_function("window.__officeStub.dialogs.length === 1")
    [dialog] = pane.stub()["dialogs"]
    assert dialog["url"].startswith("https://rightnote.example/connect/microsoft?t=")
    expect(page.locator("#autodraft-result")).to_contain_text("Sign in in the window")

    # The user signs in in the dialog; the pane notices by itself.
    connect_in_the_background(db_file, ConnectionStatus.ACTIVE)
    expect(page.locator("#autodraft-status")).to_contain_text(
        "On: after each interview, drafts wait in the Drafts folder of alice@contoso.example"
    )
    expect(page.locator("#autodraft-connect")).to_be_hidden()

    # A revoked grant shows as paused, with Reconnect.
    connect_in_the_background(db_file, ConnectionStatus.NEEDS_REAUTH)
    page.evaluate("window.__officeStub.closeDialogs && window.__officeStub.closeDialogs()")
    page.reload()
    expect(page.locator("#autodraft-status")).to_contain_text("Paused")
    expect(page.locator("#autodraft-connect")).to_have_text("Reconnect")

    page.click("#autodraft-disconnect")
    expect(page.locator("#autodraft-question")).to_contain_text("Disconnect?")
    page.click("#autodraft-yes")
    expect(page.locator("#autodraft-result")).to_contain_text("Disconnected.")
    expect(page.locator("#autodraft-status")).to_contain_text("Off.")

    page.click("#autodraft-delete")
    expect(page.locator("#autodraft-question")).to_contain_text("cannot be undone")
    page.click("#autodraft-yes")
    expect(page.locator("#autodraft-result")).to_contain_text("Everything RightNote kept")
