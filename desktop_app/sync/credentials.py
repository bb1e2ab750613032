"""The device credential: stored in a file only the user can read, never in the settings.

``enroll`` writes it once (mode 0600, written to a temporary file and renamed, so a crash
never leaves half a credential); the sync client reads it. It names the server it was
enrolled with, the office it is scoped to, the CA file to trust, if any, and whether plain
HTTP to another computer was allowed at enrolment (``--insecure-http``); a credential file
written before that key existed reads as not allowed.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop_app.config import Settings, default_config_path

CREDENTIAL_FILE_NAME = "device-credential.json"


class CredentialMissing(Exception):
    """This station has not been enrolled (or its credential file cannot be read)."""


@dataclass(frozen=True)
class DeviceCredential:
    server_url: str
    device_id: str
    secret: str
    office_code: str
    office_name: str
    ca_file: str = ""
    insecure_http: bool = False

    def authorization(self) -> str:
        return f"Bearer {self.device_id}:{self.secret}"


def credential_path(settings: Settings) -> Path:
    """The credential file: the ``sync_credential_file`` setting, else the user config folder."""
    named = settings.sync_credential_file
    return (
        Path(named).expanduser() if named else default_config_path().parent / CREDENTIAL_FILE_NAME
    )


def save_credential(path: Path, credential: DeviceCredential) -> None:
    """Write the credential readable and writable by the user only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".credential-", dir=path.parent)
    try:
        os.chmod(temporary, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(asdict(credential), stream, indent=2)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load_credential(path: Path) -> DeviceCredential:
    """The stored credential.

    Raises:
        CredentialMissing: no credential file, or one that cannot be read.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return DeviceCredential(**data)
    except FileNotFoundError:
        raise CredentialMissing(
            f"this station is not enrolled: run 'desktop-app enroll' (no {path})"
        ) from None
    except (OSError, ValueError, TypeError) as exc:
        raise CredentialMissing(f"cannot read the device credential {path}: {exc}") from None
