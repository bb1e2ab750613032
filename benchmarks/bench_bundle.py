"""Start-up of the frozen bundle next to a bare PySide6 window frozen the same way (the floor).

Builds both with ``packaging/desktop_app.spec`` (the bare window through BUNDLE_ENTRY), then
times process start → main window shown, offscreen, and reports both bundles' sizes.

    python benchmarks/bench_bundle.py [-n 9] [--skip-build]
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
OUT = ROOT / "build" / "bench-bundle"


def build(name: str, entry: Path | None) -> Path:
    environ = dict(os.environ, BUNDLE_NAME=name)
    if entry:
        environ["BUNDLE_ENTRY"] = str(entry)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(OUT / "dist"),
            "--workpath",
            str(OUT / "work" / name),
            str(ROOT / "packaging" / "desktop_app.spec"),
        ],
        check=True,
        env=environ,
    )
    return OUT / "dist" / name


def size_mb(folder: Path) -> float:
    return (
        sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
        / 2**20
    )


def time_shown(command: list[str]) -> float:
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESKTOP_APP_QUIT_AFTER_MS="0")
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environ
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("window-shown"):
            elapsed = (time.perf_counter() - start) * 1000
            break
    else:
        raise RuntimeError(f"{command[0]} never showed its window")
    process.wait(timeout=30)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=9)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    if args.skip_build:
        app, bare = OUT / "dist" / "desktop-app", OUT / "dist" / "bare-window"
    else:
        app = build("desktop-app", None)
        bare = build("bare-window", ROOT / "benchmarks" / "bare_window.py")
    with tempfile.TemporaryDirectory() as folder:
        database = f"sqlite:///{folder}/bench.sqlite3"
        subprocess.run(
            [str(app / "desktop-app"), "--db", database, "init"], check=True, capture_output=True
        )
        commands = {
            "bare (floor)": [str(bare / "bare-window")],
            "app": [str(app / "desktop-app"), "--db", database],
        }
        timings: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.runs + 1):
            for name, command in commands.items():
                value = time_shown(command)
                if run:  # the first round only warms the file cache
                    timings[name].append(value)
    print(f"Frozen start-up to window shown, offscreen, {args.runs} runs, ms")
    for name, values in timings.items():
        print(
            f"{name:14} median {statistics.median(values):7.0f}  min {min(values):7.0f}  "
            f"max {max(values):7.0f}"
        )
    ratio = statistics.median(timings["app"]) / statistics.median(timings["bare (floor)"])
    print(f"ratio app/floor: {ratio:.2f} (target ≤ 1.5)")
    print(f"size: app {size_mb(app):.0f} MB, bare window {size_mb(bare):.0f} MB (target < 170 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
