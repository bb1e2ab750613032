"""Headless Chromium driven through chromedriver's W3C WebDriver protocol (plain HTTP).

Debian's ``chromium`` and ``chromium-driver``; nothing is downloaded. Each browser has a new
profile folder and the switches that keep it off the network (no background fetches, no
component updates, no sync, no QUIC).
"""

from __future__ import annotations

import base64
import contextlib
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.support.child_process import stop_process
from tests.support.sync_harness import free_port

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
SWITCHES = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
]


def chromium_available() -> bool:
    return bool(shutil.which("chromium") and shutil.which("chromedriver"))


@dataclass
class Browser:
    """One headless Chromium of ``width`` × ``height`` CSS pixels."""

    profile: Path
    width: int
    height: int
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    session: str = ""

    def start(self, timeout: float = 60.0) -> Browser:
        command = ["chromedriver", f"--port={self.port}", "--allowed-ips=127.0.0.1"]
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(self._url("/status"), timeout=2).json()["value"]["ready"]:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        args = [*SWITCHES, f"--user-data-dir={self.profile}"]
        args.append(f"--window-size={self.width},{self.height}")
        options = {"binary": shutil.which("chromium"), "args": args}
        if self.width < 600:  # a phone: its viewport and pixel ratio, touch
            metrics = {"width": self.width, "height": self.height, "pixelRatio": 2}
            options["mobileEmulation"] = {"deviceMetrics": metrics}
        capabilities = {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}
        made = self._call("POST", "/session", {"capabilities": capabilities}, timeout)
        self.session = made["sessionId"]
        return self

    def _url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _call(self, method: str, path: str, body: Any = None, timeout: float = 60.0) -> Any:
        answer = httpx.request(method, self._url(path), json=body, timeout=timeout)
        value = answer.json()["value"]
        if answer.status_code != 200:
            raise RuntimeError(f"webdriver {method} {path}: {value}")
        return value

    def _session(self, method: str, path: str, body: Any = None) -> Any:
        return self._call(method, f"/session/{self.session}{path}", body)

    def go(self, url: str) -> None:
        self._session("POST", "/url", {"url": url})

    def find(self, css: str) -> str:
        found = self._session("POST", "/element", {"using": "css selector", "value": css})
        return str(found[ELEMENT])

    def click(self, css: str) -> None:
        self._session("POST", f"/element/{self.find(css)}/click", {})

    def type(self, css: str, text: str) -> None:
        self._session("POST", f"/element/{self.find(css)}/value", {"text": text})

    def text(self, css: str) -> str:
        return str(self._session("GET", f"/element/{self.find(css)}/text"))

    def attribute(self, css: str, name: str) -> str:
        return str(self._session("GET", f"/element/{self.find(css)}/attribute/{name}"))

    def page_width(self) -> int:
        script = "return document.documentElement.scrollWidth"
        return int(self._session("POST", "/execute/sync", {"script": script, "args": []}))

    def screenshot(self, path: Path) -> Path:
        path.write_bytes(base64.b64decode(self._session("GET", "/screenshot")))
        return path

    def quit(self) -> None:
        if self.session:
            with contextlib.suppress(httpx.HTTPError, RuntimeError):
                self._session("DELETE", "")
        stop_process(self.process)
