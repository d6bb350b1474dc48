"""Storage dependencies for routes: one transaction per request, and the caller's user row.

    async def route(user: CurrentUser, session: SessionDep) -> ...:

The session commits when the route returns and rolls back when it raises. The dependency runs
with scope="function", so the commit happens before the response is sent: a client never sees a
success whose writes then failed to commit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.identity import CurrentIdentity
from app.store.db import Database
from app.store.queries import get_or_create_user
from app.store.users import User

# Where the lifespan keeps the open Database: `state.extras[DATABASE]`.
DATABASE = "database"


def get_database(request: Request) -> Database:
    database = request.app.state.rightnote.extras.get(DATABASE)
    if not isinstance(database, Database):
        raise RuntimeError("the database is not open: the application lifespan did not run")
    return database


async def session_scope(request: Request) -> AsyncIterator[AsyncSession]:
    database = get_database(request)
    async with database.sessions() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        await session.commit()


SessionDep = Annotated[AsyncSession, Depends(session_scope, scope="function")]
DatabaseDep = Annotated[Database, Depends(get_database)]


async def current_user(identity: CurrentIdentity, session: SessionDep) -> User:
    return await get_or_create_user(session, identity)


CurrentUser = Annotated[User, Depends(current_user)]
