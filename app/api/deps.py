"""Route dependencies: the process's resources, one transaction per request, the caller's user.

    async def route(user: CurrentUser, session: SessionDep, kit: ConnectKitDep) -> ...:

Every resource comes from the typed `Resources` the lifespan built (app/wiring.py); a test swaps
one with `app.dependency_overrides[get_mailboxes] = ...` or by assigning the field.

The session commits when the route returns and rolls back when it raises. The dependency runs
with scope="function", so the commit happens before the response is sent: a client never sees a
success whose writes then failed to commit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.crypto import CryptoConfigError
from app.auth.google_certs import GoogleCerts
from app.auth.identity import CurrentIdentity
from app.autodraft.records import planning_timezone
from app.connect.flow import ConnectKit
from app.providers.microsoft import MicrosoftGraph
from app.providers.registry import MailboxResolver
from app.settings import Settings
from app.state import Resources, State
from app.store.db import Database
from app.store.queries import get_or_create_user
from app.store.users import User

# Each is `async def` so FastAPI calls it on the event loop (a plain def would cost a thread hop).


async def get_state(request: Request) -> State:
    state: State = request.app.state.rightnote
    return state


StateDep = Annotated[State, Depends(get_state)]


async def get_app_settings(request: Request) -> Settings:
    state: State = request.app.state.rightnote
    return state.settings


SettingsDep = Annotated[Settings, Depends(get_app_settings)]


async def get_resources(request: Request) -> Resources:
    state: State = request.app.state.rightnote
    return state.resources  # RuntimeError (a logged 500) when the lifespan did not run


ResourcesDep = Annotated[Resources, Depends(get_resources)]


async def get_database(resources: ResourcesDep) -> Database:
    return resources.database


DatabaseDep = Annotated[Database, Depends(get_database)]


async def get_google_certs(resources: ResourcesDep) -> GoogleCerts:
    return resources.google_certs


GoogleCertsDep = Annotated[GoogleCerts, Depends(get_google_certs)]


async def get_microsoft(resources: ResourcesDep) -> MicrosoftGraph | None:
    return resources.microsoft


MicrosoftDep = Annotated[MicrosoftGraph | None, Depends(get_microsoft)]


async def get_mailboxes(resources: ResourcesDep) -> MailboxResolver:
    return resources.mailboxes


MailboxesDep = Annotated[MailboxResolver, Depends(get_mailboxes)]


async def get_connect_kit(resources: ResourcesDep) -> ConnectKit:
    if resources.connect is None:
        # The deployment's encryption keys are unusable: the same error as on a first use.
        raise CryptoConfigError(resources.keys_problem or "the encryption keys are unusable")
    return resources.connect


ConnectKitDep = Annotated[ConnectKit, Depends(get_connect_kit)]


async def session_scope(database: DatabaseDep) -> AsyncIterator[AsyncSession]:
    async with database.sessions() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        await session.commit()


SessionDep = Annotated[AsyncSession, Depends(session_scope, scope="function")]


async def current_user(identity: CurrentIdentity, session: SessionDep) -> User:
    return await get_or_create_user(session, identity)


CurrentUser = Annotated[User, Depends(current_user)]


async def planning_zone(user: CurrentUser, settings: SettingsDep) -> str:
    return planning_timezone(user, settings.timezone)


# The caller's planning time zone: their own, else the deployment's default.
PlanningZone = Annotated[str, Depends(planning_zone)]
