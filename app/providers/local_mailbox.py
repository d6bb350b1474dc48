"""The local provider: the embedded default for anyone without Google or Microsoft accounts.

Calendar: an .ics file or URL (`ics_source.IcsCalendarSource`), stored as a connection with
provider "ics" and the path/URL as its subject. Mailbox: a Maildir folder of drafts
(`maildir.MaildirMailbox`), stored as a connection with provider "local" and the folder's
absolute path as its subject.

    LOCAL_PROVIDER, ICS_PROVIDER
    maildir_path(connection, default_dir) -> Path
    LocalMailboxFactory(default_dir)        registered under "local" in providers.registry
"""

from __future__ import annotations

from pathlib import Path

from app.providers.base import Mailbox
from app.providers.maildir import MaildirMailbox
from app.store.connections import Connection
from app.store.users import User

LOCAL_PROVIDER = "local"
ICS_PROVIDER = "ics"


def maildir_path(connection: Connection | None, default_dir: Path) -> Path:
    """The Maildir a local connection names; `default_dir` when the draft has no connection."""
    if connection is not None and connection.provider == LOCAL_PROVIDER:
        return Path(connection.account_subject)
    return default_dir


class LocalMailboxFactory:
    def __init__(self, default_dir: Path) -> None:
        self.default_dir = default_dir

    async def __call__(self, connection: Connection | None, user: User) -> Mailbox:
        return MaildirMailbox(maildir_path(connection, self.default_dir))
