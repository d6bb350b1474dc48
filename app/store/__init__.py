"""Storage: SQLAlchemy 2 (async) models, user-scoped queries and Alembic migrations.

db.py         Database (engine + sessions), build_database, open_database
base.py       declarative base, naming convention, UTCDateTime / StrEnumType / JSONType
models.py     every table in one import (users, connections, sync, opportunities, interviews,
              plans, drafts)
queries.py    per-user reads and writes (every function takes the user id)
draft_states.py  the draft record's state machine: ALLOWED moves, claim / release / retry /
              mark_* / cancel / reschedule / reopen (the only writer of a record's state)
sql.py        insert_ignoring_conflicts, rowcount, claim_rows (both lease queues' claim)
retention.py  purge_expired
keys.py       rotate_token_sets (rightnote rotate-keys)
migrations/   run_migrations(url), downgrade(url, rev): Alembic, no alembic.ini
"""
