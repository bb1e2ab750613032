"""Enrolment tokens and device secrets: random, shown once, stored only as hashes.

Both are 256-bit random values, so a plain SHA-256 is the right hash (a slow password hash
protects guessable passwords; these cannot be guessed) and checking a request costs
microseconds even with a hundred devices syncing at once.

People copy them into a command line (``desktop-app enroll --token …``), so none begins with
``-`` (it would be read as an option) or ``_``: the first character is a letter or a digit.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets


def new_secret() -> str:
    """A URL-safe random secret of 256 bits that begins with a letter or a digit.

    Drawing again when the first character is ``-`` or ``_`` (1 draw in 32) keeps every
    character uniformly random apart from the first one's alphabet.
    """
    while True:
        secret = secrets.token_urlsafe(32)
        if secret[0].isascii() and secret[0].isalnum():
            return secret


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def secret_matches(secret: str, stored_hash: str) -> bool:
    """Constant-time comparison of ``secret`` with a stored hash."""
    return hmac.compare_digest(hash_secret(secret), stored_hash)
