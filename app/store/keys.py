"""Re-encrypting every stored token set under the newest key (`rightnote rotate-keys`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.crypto import TokenCipher, TokenDecryptError
from app.store.connections import Connection
from app.store.sql import rowcount


@dataclass(slots=True)
class RotationResult:
    rotated: int = 0
    # Written by a running service while we rotated; that write used its own (newest) key.
    changed_meanwhile: int = 0
    # Connection ids (never contents) whose token set no configured key can read.
    unreadable: list[uuid.UUID] = field(default_factory=list)


async def rotate_token_sets(
    session: AsyncSession, cipher: TokenCipher, *, batch_size: int = 500
) -> RotationResult:
    """Rotate every connection's token set; the caller commits, or rolls back on `unreadable`.

    Each write is a compare-and-set on `token_version` (and bumps it), like a token refresh, so a
    refresh running in parallel is never overwritten with the older token set.
    """
    result = RotationResult()
    after: uuid.UUID | None = None
    while True:
        query = (
            select(Connection.id, Connection.token_ciphertext, Connection.token_version)
            .where(Connection.token_ciphertext.is_not(None))
            .order_by(Connection.id)
            .limit(batch_size)
        )
        if after is not None:
            query = query.where(Connection.id > after)
        rows = (await session.execute(query)).all()
        if not rows:
            return result
        for connection_id, ciphertext, version in rows:
            assert ciphertext is not None
            try:
                rotated = cipher.rotate(ciphertext)
            except TokenDecryptError:
                result.unreadable.append(connection_id)
                continue
            written = await session.execute(
                update(Connection)
                .where(Connection.id == connection_id, Connection.token_version == version)
                .values(token_ciphertext=rotated, token_version=version + 1)
                .execution_options(synchronize_session=False)
            )
            if rowcount(written) == 1:
                result.rotated += 1
            else:
                result.changed_meanwhile += 1
        after = rows[-1][0]
