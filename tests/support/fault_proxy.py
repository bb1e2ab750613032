"""A small TCP proxy on 127.0.0.1 that cuts, delays and truncates, for the fault tests.

Each new connection takes the next fault from ``script`` (then ``default``):

- ``pass``: forwards both ways;
- ``delay=S``: sleeps S seconds before forwarding each chunk (a slow link);
- ``cut_request=N``: forwards N bytes of the request, then closes both sides;
- ``truncate_response=N``: forwards the whole request but only N bytes of the answer;
- ``hold_response``: forwards the request, keeps the answer (until the test lets go);
- ``refuse``: closes at once.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque

CHUNK = 65536


class FaultProxy:
    def __init__(self, target_port: int, default: str = "pass") -> None:
        self.target_port = target_port
        self.default = default
        self.script: deque[str] = deque()
        self.connections = 0
        self.release = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self.release.set()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            fault = self.script.popleft() if self.script else self.default
            threading.Thread(target=self._serve, args=(client, fault), daemon=True).start()

    def _serve(self, client: socket.socket, fault: str) -> None:
        name, _, value = fault.partition("=")
        if name == "refuse":
            client.close()
            return
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=30)
        except OSError:
            client.close()
            return
        delay = float(value) if name == "delay" else 0.0
        up_limit = int(value) if name == "cut_request" else None
        down_limit = int(value) if name == "truncate_response" else None
        hold = name == "hold_response"
        done = threading.Event()
        args_up = (client, upstream, up_limit, delay, False, done)
        threading.Thread(target=self._pump, args=args_up, daemon=True).start()
        self._pump(upstream, client, down_limit, delay, hold, done)

    def _pump(
        self,
        source: socket.socket,
        sink: socket.socket,
        limit: int | None,
        delay: float,
        hold: bool,
        done: threading.Event,
    ) -> None:
        sent = 0
        try:
            while not done.is_set():
                data = source.recv(CHUNK)
                if not data:
                    break
                if hold:
                    self.release.wait(120)
                    if self._stop.is_set():
                        break
                if delay:
                    time.sleep(delay)
                if limit is not None and sent + len(data) >= limit:
                    sink.sendall(data[: max(0, limit - sent)])
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            done.set()
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
