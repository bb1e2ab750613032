"""The e-mail address rule, shared by the service's applicant check and the reception form.

Deliberately loose: one ``@``, no spaces, a dot in the domain. The address is only used to
send the citizen notices, so anything a person could type by mistake for another field is
refused, and nothing a mail server would accept is.
"""

from __future__ import annotations

import re

_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def is_email_address(text: str) -> bool:
    """Whether ``text`` (already stripped) has the shape of an e-mail address."""
    return _EMAIL_RE.fullmatch(text) is not None
