"""Provider secrets encrypted at rest (Fernet: AES-128-CBC + HMAC-SHA256, with a time stamp).

The key is never in the database: it comes from ``$CENTRAL_SERVER_NOTIFY_KEY`` (the key
itself, 44 URL-safe base64 characters) or from the file ``$CENTRAL_SERVER_NOTIFY_KEY_FILE``
names (readable by the server's user only). Every worker and the CLI read the same one; make a
key with ``python3 -c "from cryptography.fernet import Fernet; print(Fernet.generate_key()
.decode())"``. Messages name the variables, never the key or a secret.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

KEY_ENV = "CENTRAL_SERVER_NOTIFY_KEY"
KEY_FILE_ENV = "CENTRAL_SERVER_NOTIFY_KEY_FILE"


class SecretKeyError(ValueError):
    """No usable key, or secrets that key cannot open (the message names no secret)."""


def _key_text() -> str:
    if os.environ.get(KEY_ENV):
        return os.environ[KEY_ENV].strip()
    named = os.environ.get(KEY_FILE_ENV)
    if not named:
        raise SecretKeyError(
            f"provider secrets need a key: set {KEY_ENV} or {KEY_FILE_ENV} (see DEPLOYMENT.md)"
        )
    try:
        return Path(named).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise SecretKeyError(
            f"cannot read the key file {KEY_FILE_ENV} names: {exc.strerror or exc}"
        ) from None


def _fernet() -> Fernet:
    try:
        return Fernet(_key_text().encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise SecretKeyError(f"the key of {KEY_ENV} / {KEY_FILE_ENV} is not a Fernet key") from None


def seal(secrets: dict[str, Any]) -> str:
    """``secrets`` as one encrypted token (text) for the database."""
    return _fernet().encrypt(json.dumps(secrets).encode("utf-8")).decode("ascii")


def unseal(token: str | None) -> dict[str, Any]:
    """The secrets sealed in ``token`` ({} for none)."""
    if not token:
        return {}
    try:
        opened: dict[str, Any] = json.loads(_fernet().decrypt(token.encode("ascii")))
    except InvalidToken:
        raise SecretKeyError("the provider secrets were sealed with another key") from None
    return opened
