"""Resources shared by requests, built once in the lifespan (never at import time)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.settings import Settings

if TYPE_CHECKING:
    from app.auth.identity import IdentityVerifier


@dataclass
class State:
    settings: Settings
    verifiers: list[IdentityVerifier] = field(default_factory=list)
    ready: bool = False
    # Filled by later areas (database engine, http client, providers) through their own builders.
    extras: dict[str, Any] = field(default_factory=dict)
