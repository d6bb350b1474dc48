"""Every table, imported in one place so `Base.metadata` is complete (migrations, tests)."""

from __future__ import annotations

from app.store.base import Base
from app.store.connect import ConnectAttempt
from app.store.connections import Connection, ConnectionStatus
from app.store.drafts import DraftKind, DraftRecord, DraftState
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.opportunities import Opportunity
from app.store.plans import Plan
from app.store.sync import SyncState
from app.store.users import User

metadata = Base.metadata

__all__ = [
    "Base",
    "ConnectAttempt",
    "Connection",
    "ConnectionStatus",
    "DraftKind",
    "DraftRecord",
    "DraftState",
    "InterviewRecord",
    "InterviewerRecord",
    "Opportunity",
    "Plan",
    "SyncState",
    "User",
    "metadata",
]
