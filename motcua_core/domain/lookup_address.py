"""The public lookup page's address, printed as a QR code on the receipt (form 01).

The central server serves the page at ``PUBLIC_LOOKUP_PATH``; a receipt points at
``<base>/tra-cuu?code=<dossier code>`` so a citizen's phone opens the page with the code
filled in (the last four ID characters are still asked for there). ``base`` is the central
server's address or the ``public_lookup_url`` setting: a base address, the path is appended.
"""

from __future__ import annotations

from urllib.parse import quote

PUBLIC_LOOKUP_PATH = "/tra-cuu"


def lookup_address(base: str, code: str) -> str:
    """The page address for dossier ``code`` under ``base`` (the code URL-encoded).

    >>> lookup_address("https://dichvucong.example.vn/", "H01-261126-0001")
    'https://dichvucong.example.vn/tra-cuu?code=H01-261126-0001'
    """
    return f"{base.rstrip('/')}{PUBLIC_LOOKUP_PATH}?code={quote(code, safe='')}"
