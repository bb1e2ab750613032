"""The central server: offices push their outbox here and pull catalogue, calendar, statuses.

FastAPI on uvicorn, SQLAlchemy on PostgreSQL (SQLite for a one-machine demo), its own Alembic
migrations. It imports only ``motcua_core.domain`` and the wire protocol
``motcua_core.protocol`` from the office application.
"""

__version__ = "0.1.0"
