"""Several stations receiving at once never get the same dossier code (real processes)."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import select

from desktop_app.storage.models import Dossier
from motcua_core.domain.dossier_code import parse_dossier_code

PROCESSES, PER_PROCESS = 4, 25


def test_concurrent_processes_allocate_distinct_gapless_codes(context, office_settings):
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.receive_worker",
                office_settings.database_url,
                str(PER_PROCESS),
                str(n),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(PROCESSES)
    ]
    printed: list[str] = []
    for worker in workers:
        out, err = worker.communicate(timeout=180)
        assert worker.returncode == 0, err
        printed += out.split()
    with context.session(read_only=True) as session:
        stored = list(session.scalars(select(Dossier.code)))
    assert len(printed) == len(set(printed)) == PROCESSES * PER_PROCESS
    assert sorted(stored) == sorted(printed)
    sequences = sorted(parse_dossier_code(code).sequence for code in stored)
    assert sequences == list(range(1, PROCESSES * PER_PROCESS + 1))
