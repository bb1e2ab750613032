"""The central server: offices push their outbox here and pull catalogue, calendar, statuses.

FastAPI on uvicorn, SQLAlchemy on PostgreSQL (SQLite for a one-machine demo), its own Alembic
migrations. It imports only ``desktop_app.domain`` and the wire protocol
``desktop_app.sync.protocol`` from the office application.
"""

__version__ = "0.1.0"
