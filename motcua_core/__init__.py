"""The core both programs share: the office application and the central server.

``domain`` holds the pure rules of the one-stop counter, ``protocol`` the wire protocol between
an office and the central server (pydantic models) and ``payloads`` the model of every op
kind's payload; none of them imports SQLAlchemy, Qt or FastAPI.
``db`` holds the database helpers both storage layers use (the UTC datetime column type and
the constraint naming convention). Nothing here imports ``desktop_app`` or ``central_server``.
"""
