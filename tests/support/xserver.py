"""A real X server for end-to-end GUI tests: Xvfb started by the test, windows driven by xdotool.

Offscreen tests missed bugs a person meets at once (a dialog that opened only the first time,
focus traps): these helpers run the station as a real process on a virtual screen and send it
real key events, the way a keyboard and a keyboard-wedge barcode scanner do.

Every wait is bounded; the server and the station are stopped by the fixture that started them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

XVFB = shutil.which("Xvfb")
XDOTOOL = shutil.which("xdotool")
IMPORT = shutil.which("import")
XMODMAP = shutil.which("xmodmap")


def missing_tools() -> list[str]:
    """The programs these tests need that this machine lacks.

    Debian packages: xvfb, xdotool, imagemagick, x11-xserver-utils.
    """
    tools = {"Xvfb": XVFB, "xdotool": XDOTOOL, "import": IMPORT, "xmodmap": XMODMAP}
    return [name for name, path in tools.items() if path is None]


@contextmanager
def virtual_screen(width: int = 1366, height: int = 768) -> Iterator[str]:
    """Start Xvfb on a free display number; yields the ``DISPLAY`` value."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [XVFB or "Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


@dataclass
class Screen:
    """Key events, window lookup and screenshots on one X display."""

    display: str

    def run(self, *args: str, timeout: float = 20) -> str:
        env = {**os.environ, "DISPLAY": self.display}
        result = subprocess.run(
            [XDOTOOL or "xdotool", *args], capture_output=True, text=True, env=env,
            timeout=timeout, check=False,
        )  # fmt: skip
        return result.stdout.strip()

    def windows(self, name: str) -> list[str]:
        """Ids of the visible windows whose title contains ``name``."""
        return self.run("search", "--onlyvisible", "--name", name).split()

    def wait_for_window(self, name: str, timeout: float = 30) -> str:
        """The id of the newest visible window titled ``name``, waiting for it to appear."""
        found = wait_until(lambda: self.windows(name), timeout, f"a window named {name!r}")
        return found[-1]

    def wait_gone(self, name: str, timeout: float = 15) -> None:
        wait_until(lambda: not self.windows(name), timeout, f"window {name!r} to close")

    def focus(self, window: str) -> None:
        """With no window manager, a new window gets key events only once focused."""
        self.run("windowfocus", "--sync", window)

    def resize(self, window: str, width: int, height: int) -> None:
        self.run("windowsize", "--sync", window, str(width), str(height))

    def key(self, *keys: str, delay_ms: int = 40) -> None:
        """Press keys by name, e.g. ``key("ctrl+Return")`` or ``key("Tab", "Tab")``."""
        self.run("key", "--delay", str(delay_ms), *keys)

    def type(self, text: str, delay_ms: int = 60) -> None:
        """Type as a person does (tens of milliseconds between keys)."""
        self.run("type", "--delay", str(delay_ms), text, timeout=60)

    def map_characters(self, text: str) -> None:
        """Give every non-ASCII character of ``text`` a key of its own on the keyboard map.

        xdotool types a character missing from the map by remapping a spare key for each
        keystroke, and at scanner speed some of those remaps lose the race (measured here:
        "phường" arrived as "phưng"). Mapped up front, the characters type like any other key,
        two to a key (plain and shifted).
        """
        env = {**os.environ, "DISPLAY": self.display}
        table = subprocess.run(
            [XMODMAP or "xmodmap", "-pke"], capture_output=True, text=True, env=env, check=True
        ).stdout
        spare = [line.split()[1] for line in table.splitlines() if line.rstrip().endswith("=")]
        wanted = sorted({char for char in text if ord(char) > 127})
        pairs = [wanted[i : i + 2] for i in range(0, len(wanted), 2)]
        if len(pairs) > len(spare):
            raise AssertionError(f"{len(wanted)} characters do not fit {len(spare)} spare keys")
        expressions = [
            f"keycode {code} = " + " ".join(f"U{ord(char):04X}" for char in pair)
            for code, pair in zip(spare, pairs, strict=False)
        ]
        for expression in expressions:
            subprocess.run([XMODMAP or "xmodmap", "-e", expression], env=env, check=True)

    def scan(self, code: str) -> None:
        """A keyboard-wedge scanner: the code typed in a burst (5 ms a key), then Enter."""
        self.run("type", "--delay", "5", code, timeout=60)
        self.run("key", "Return")

    def screenshot(self, path: Path) -> Path:
        env = {**os.environ, "DISPLAY": self.display}
        subprocess.run(
            [IMPORT or "import", "-window", "root", str(path)], env=env, check=True, timeout=30
        )
        return path


def wait_until(probe: Callable[[], object], timeout: float, what: str) -> object:
    """Poll ``probe`` every 0.2 s until it returns something true; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
