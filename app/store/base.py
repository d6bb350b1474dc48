"""Declarative base, column types and mixins shared by every table.

The naming convention gives every constraint and index a deterministic name, so a migration can
drop or alter it by name on PostgreSQL and SQLite alike (SQLite batch mode needs names too).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import JSON, DateTime, ForeignKey, MetaData, String, Uuid
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored as UTC, returned as an aware UTC datetime on every database.

    PostgreSQL keeps it in `timestamptz`. SQLite has no time zone support: the value is stored as
    naive UTC text (which also sorts correctly) and UTC is attached again on the way out. Naive
    datetimes are refused: guessing their zone is how reminders end up an hour off.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime given to a UTCDateTime column; pass an aware one")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


E = TypeVar("E", bound=StrEnum)


class StrEnumType(TypeDecorator[E], Generic[E]):
    """A `StrEnum` stored as its plain string value (VARCHAR), read back as the enum member.

    Not a native database enum: adding a member then needs no `ALTER TYPE`, only a new CHECK
    constraint in a migration (see `enum_check`).
    """

    impl = String(32)
    cache_ok = True

    def __init__(self, enum: type[E], length: int = 32) -> None:
        super().__init__(length)
        self.enum = enum

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        if value is None:
            return None
        return self.enum(value)


def enum_check(column: str, enum: type[StrEnum]) -> str:
    """SQL for a CHECK constraint that allows exactly the enum's values."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({values})"


# JSONB on PostgreSQL (indexable, compact); JSON text elsewhere. Python None is SQL NULL, not
# the JSON value `null`, so "IS NULL" means "nothing stored".
JSONType: TypeEngine[Any] = JSON(none_as_null=True).with_variant(
    JSONB(none_as_null=True), "postgresql"
)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


class IdMixin:
    # Random UUIDs: ids appear in API paths, so they should not be guessable or countable.
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4, sort_order=-10)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow, sort_order=10)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, sort_order=10)


def user_fk() -> Mapped[uuid.UUID]:
    """The owning user of a top-level table (its unique keys lead with it, so no extra index).

    Child tables carry `user_id` too, but tie it to the parent with a composite foreign key
    (parent_id, user_id) -> parent(id, user_id): the database then guarantees a child belongs to
    its parent's user, which is what makes filtering on `user_id` alone a sound scope.
    """
    return mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
