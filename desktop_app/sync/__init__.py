"""Sync with the central server: wire protocol, outbox push, pull, the agent loop.

``protocol`` is shared with ``central_server`` and imports nothing else of the application.
"""
