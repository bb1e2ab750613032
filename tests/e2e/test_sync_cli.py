"""``desktop-app enroll|sync`` and ``central-server`` as a district IT person runs them."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.sync_harness import ROOT, CentralServer, Office, base_env, init_central

UNIT = "000.00.06.H56"


def _wait_for_first_pass(daemon: subprocess.Popen[str], timeout: float = 60) -> None:
    """Block until the daemon logged its first sync pass (its SIGTERM handler is set by then).

    A fixed sleep was too short on a loaded machine: the signal arrived during the imports.
    """
    deadline = time.monotonic() + timeout
    assert daemon.stderr is not None
    while time.monotonic() < deadline:
        line = daemon.stderr.readline()
        if ": pushed " in line:
            return
        if not line and daemon.poll() is not None:
            raise AssertionError(f"the sync daemon ended early with {daemon.returncode}")
    raise AssertionError("the sync daemon logged no pass")


def central_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "central_server", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=base_env(),
        cwd=ROOT,
        check=False,
    )


def office_cli(office: Office, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=office.env(env),
        cwd=ROOT,
        check=False,
    )


def test_enrol_sync_status_revoke_and_daemon(tmp_path: Path) -> None:
    db = f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}"
    assert central_cli("init-db", "--db", db).returncode == 0
    made = central_cli("create-office", "--db", db, "--code", UNIT, "--name", "UBND", "--json")
    token = json.loads(made.stdout)["token"]
    server = CentralServer(db).start()
    try:
        office = Office(tmp_path / "office").init()
        assert office_cli(office, "sync", "--once").returncode == 2  # not enrolled yet
        enrolled = office_cli(office, "enroll", "--server", server.url, "--token", token, "--json")
        assert enrolled.returncode == 0, enrolled.stderr
        assert stat.S_IMODE(office.credential_file.stat().st_mode) == 0o600
        assert token not in office.credential_file.read_text()
        again = office_cli(office, "enroll", "--server", server.url, "--token", token)
        assert again.returncode == 2 and "403" in again.stderr
        office.record_dossiers(3)
        online = central_cli(
            "submit-online",
            "--db",
            db,
            "--office",
            UNIT,
            "--procedure",
            "1.001193",
            "--name",
            "Nguyễn Văn An",
            "--json",
        )
        code = json.loads(online.stdout)["code"]
        synced = office_cli(office, "sync", "--once", "--json")
        assert synced.returncode == 0, synced.stderr
        assert json.loads(synced.stdout)["pushed"] == 6
        assert office.query("SELECT status FROM dossier WHERE code = :c", c=code) == [(1,)]
        status = json.loads(office_cli(office, "sync", "status", "--json").stdout)
        assert status["online"] and status["ops_waiting"] == 0
        assert server.stats()["dossiers"] == 4

        daemon = office.start_sync("--daemon")
        _wait_for_first_pass(daemon)
        daemon.terminate()
        assert daemon.wait(30) == 0

        devices = json.loads(central_cli("list-devices", "--db", db, "--json").stdout)["devices"]
        revoked = central_cli("revoke-device", "--db", db, devices[0]["device_id"])
        assert revoked.returncode == 0
        refused = office_cli(office, "sync", "--once", "--json")
        assert refused.returncode == 1 and json.loads(refused.stdout)["refused"]
        assert "401" in json.loads(refused.stdout)["error"]
    finally:
        server.stop()


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate for 127.0.0.1 signed by it (openssl CLI)."""
    ca_key, ca, key, csr, cert = (
        folder / n for n in ("ca.key", "ca.pem", "server.key", "server.csr", "server.pem")
    )
    ext = folder / "ext.cnf"
    ext.write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")
    for command in (
        [
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            ca_key,
            "-out",
            ca,
            "-days",
            "2",
            "-subj",
            "/CN=Test CA",
        ],
        [
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            key,
            "-out",
            csr,
            "-subj",
            "/CN=127.0.0.1",
        ],
        [
            "x509",
            "-req",
            "-in",
            csr,
            "-CA",
            ca,
            "-CAkey",
            ca_key,
            "-CAcreateserial",
            "-out",
            cert,
            "-days",
            "2",
            "-extfile",
            ext,
        ],
    ):
        subprocess.run(["openssl", *map(str, command)], check=True, capture_output=True)
    return ca, cert, key


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_tls_verification_is_on_and_logs_carry_no_personal_data(tmp_path: Path) -> None:
    db = f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}"
    token = init_central(db)
    ca, cert, key = _certificates(tmp_path)
    log = tmp_path / "server.log"
    server = CentralServer(
        db,
        log_path=log,
        verbose=True,
        extra_args=("--ssl-certfile", str(cert), "--ssl-keyfile", str(key)),
    )
    server.start()
    try:
        office = Office(tmp_path / "office").init()
        untrusted = office_cli(office, "enroll", "--server", server.url, "--token", token)
        assert untrusted.returncode == 2 and "certificate is not trusted" in untrusted.stderr
        trusted = office_cli(
            office, "enroll", "--server", server.url, "--token", token, "--ca-file", str(ca)
        )
        assert trusted.returncode == 0, trusted.stderr
        office.record_dossiers(2)
        assert office_cli(office, "sync", "--once").returncode == 0
        assert json.loads(office.credential_file.read_text())["ca_file"] == str(ca)
    finally:
        server.stop()
    text = log.read_text(encoding="utf-8")
    assert "POST /api/v1/offices/000.00.06.H56/push" in text  # the log is on
    assert "Người Thử" not in text and "000000000" not in text  # names, ID numbers: never


def test_doctor_checks_the_central_server_enrolment_and_clock(tmp_path: Path) -> None:
    db = f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}"
    assert central_cli("init-db", "--db", db).returncode == 0
    made = central_cli("create-office", "--db", db, "--code", UNIT, "--name", "UBND", "--json")
    token = json.loads(made.stdout)["token"]
    server = CentralServer(db).start()
    try:
        office = Office(tmp_path / "office").init()
        before = office_cli(office, "doctor", "--json", DESKTOP_APP_CENTRAL_SERVER_URL=server.url)
        report = json.loads(before.stdout)
        assert report["central_server"]["reachable"] is True
        assert report["central_server"]["enrolment"] == {"enrolled": False}
        assert any("not enrolled" in p for p in report["problems"]) and before.returncode == 1
        enrolled = office_cli(office, "enroll", "--server", server.url, "--token", token)
        assert enrolled.returncode == 0, enrolled.stderr
        out = tmp_path / "doctor.json"
        after = office_cli(
            office, "doctor", "--json", "--out", str(out), DESKTOP_APP_CENTRAL_SERVER_URL=server.url
        )
        report = json.loads(out.read_text(encoding="utf-8"))
        assert report["central_server"]["enrolment"]["enrolled"] is True
        assert abs(report["central_server"]["clock_skew_seconds"]) < 5
        assert not any("server" in p for p in report["problems"]), after.stdout
    finally:
        server.stop()
