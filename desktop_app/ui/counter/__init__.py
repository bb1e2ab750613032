"""The counter officer's window: sign-in, reception, lookup, dossier view (and pages others add).

Pages are found by module name: each ``*_page.py`` module here defines ``PAGE_ORDER`` (int) and
``make_page(counter) -> QWidget | None`` (``counter`` is the ``CounterPage``; return None to
leave the page out, e.g. for a role that does not use it) and ``page_title() -> str``.
"""
