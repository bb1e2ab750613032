"""Which public lookup address this station prints on receipts (the QR code of form 01).

The ``public_lookup_url`` setting (a station's or the office's) wins; else the central server
the station syncs with: the ``central_server_url`` setting, else the server named in the device
credential at enrolment. Empty when none exists: the receipt then has no QR code.
"""

from __future__ import annotations

from desktop_app.config import Settings
from desktop_app.sync.credentials import CredentialMissing, credential_path, load_credential


def public_lookup_base(settings: Settings) -> str:
    """The base address of the public lookup page, or "" when this station knows none."""
    if settings.public_lookup_url:
        return settings.public_lookup_url
    if settings.central_server_url:
        return settings.central_server_url
    try:
        return load_credential(credential_path(settings)).server_url
    except CredentialMissing:
        return ""
