"""GUI start-up: process start to main window shown, the app next to its floor.

Runs each case N times in fresh processes, alternating, and prints median / min / max of

* wall: from just before the process is spawned to the ``window-shown`` line on its stdout;
* reported: the child's own "ms since process start" in that line (Linux: 10 ms resolution).

Cases:
  python   ``python -c pass``: the interpreter alone
  bare     ``bare_window.py``: a bare PySide6 QMainWindow (the floor)
  context  ``python -c "import desktop_app.app"``: settings + SQLAlchemy, no Qt
  app      ``app_window.py``: settings, context and ``run_gui`` on a migrated SQLite file
  cli      ``python -m desktop_app``: what a user starts (argument parsing, schema check)

Usage: ``python benchmarks/bench_gui_startup.py [-n 15] [--platform offscreen]``.
Benchmarks never fail on timing; copy the table into benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))


def prepare_database(folder: Path) -> tuple[Path, Path]:
    """A migrated SQLite file and an empty settings file, made once before timing."""
    from desktop_app.app import build_context
    from desktop_app.config import load_settings
    from desktop_app.storage.migrate import upgrade_to_head

    config = folder / "settings.toml"
    config.write_text("", encoding="utf-8")
    database = folder / "office.sqlite3"
    settings = load_settings(
        config_file=config, environ={}, overrides={"database_url": f"sqlite:///{database}"}
    )
    context = build_context(settings, create=True)
    upgrade_to_head(context.engine)
    context.close()
    return database, config


def time_window(command: list[str], environ: dict[str, str]) -> tuple[float, float]:
    """(wall ms, reported ms) until the child prints ``window-shown``."""
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=environ, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    reported = float("nan")
    wall = float("nan")
    for line in child.stdout:
        if line.startswith("window-shown "):
            wall = (time.perf_counter() - started) * 1000
            reported = float(line.split()[1])
            break
    child.stdout.read()
    if child.wait(timeout=60) != 0:
        raise RuntimeError(f"{command} exited with {child.returncode}")
    return wall, reported


def time_exit(command: list[str], environ: dict[str, str]) -> tuple[float, float]:
    """(wall ms, nan) until the child exits: for cases without a window."""
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=environ, check=True)
    return (time.perf_counter() - started) * 1000, float("nan")


def summary(values: list[float]) -> str:
    values = [v for v in values if v == v]
    if not values:
        return f"{'-':>8} {'-':>8} {'-':>8}"
    return f"{statistics.median(values):8.0f} {min(values):8.0f} {max(values):8.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description="GUI start-up next to a bare PySide6 window")
    parser.add_argument("-n", "--runs", type=int, default=15)
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for children")
    args = parser.parse_args()

    environ = {
        **os.environ,
        "QT_QPA_PLATFORM": args.platform,
        "DESKTOP_APP_QUIT_AFTER_MS": "0",
        "PYTHONPATH": str(ROOT),
    }
    with tempfile.TemporaryDirectory() as folder:
        database, config = prepare_database(Path(folder))
        python = sys.executable
        cases = {
            "python": (time_exit, [python, "-c", "pass"]),
            "bare": (time_window, [python, str(HERE / "bare_window.py")]),
            "context": (time_exit, [python, "-c", "import desktop_app.app"]),
            "app": (time_window, [python, str(HERE / "app_window.py"), str(database), str(config)]),
            "cli": (
                time_window,
                [
                    python,
                    "-m",
                    "desktop_app",
                    "--config",
                    str(config),
                    "--db",
                    f"sqlite:///{database}",
                ],
            ),
        }
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for run in range(args.runs + 1):  # the first round warms the file cache, not counted
            for name, (measure, command) in cases.items():
                timing = measure(command, environ)
                if run:
                    results[name].append(timing)

    print(f"GUI start-up, {args.runs} runs each, QT_QPA_PLATFORM={args.platform}, ms")
    print(
        f"{'case':8} {'wall med':>8} {'min':>8} {'max':>8} | {'rep med':>8} {'min':>8} {'max':>8}"
    )
    for name, timings in results.items():
        walls = [wall for wall, _ in timings]
        reported = [rep for _, rep in timings]
        print(f"{name:8} {summary(walls)} | {summary(reported)}")
    bare = statistics.median(w for w, _ in results["bare"])
    app = statistics.median(w for w, _ in results["app"])
    print(f"ratio app/bare (wall medians): {app / bare:.2f}  (app - bare: {app - bare:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
