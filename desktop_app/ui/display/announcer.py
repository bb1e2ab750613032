"""Voice calls: a chime, then "Mời công dân có số thứ tự A012 đến quầy số 3".

Calls queue up and play one after another on the announcer's own thread (never the UI
thread), so a new call never cuts off the one being spoken. Backends:

* ``qt``     Qt TextToSpeech with a Vietnamese voice (Windows has one; Linux needs speechd);
* ``espeak`` espeak-ng renders a WAV, QtMultimedia plays it;
* ``chime``  the chime only; ``off`` nothing (tests, silent offices).

``auto`` picks Qt TextToSpeech on Windows and macOS, espeak-ng where it is installed, else the
chime. Every step is bounded by a timeout: speech engines without an audio device can hang.
"""

from __future__ import annotations

import logging
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEventLoop, QObject, QTimer, QUrl, Signal

from desktop_app.resources import resource_path
from motcua_core.domain.queue_order import announcement_sentence, spoken_sentence

log = logging.getLogger(__name__)

CHIME_TIMEOUT_S = 4.0
SPEECH_TIMEOUT_S = 15.0
RENDER_TIMEOUT_S = 10.0


class AudioBackend(Protocol):
    """Plays sounds; each call blocks (on the announcer thread) until done or timed out."""

    name: str

    def play_chime(self) -> None: ...

    def speak(self, sentence: str) -> None: ...


def chime_path() -> Path:
    return resource_path("sounds", "chime.wav")


def play_wav(path: Path, timeout_s: float) -> bool:
    """Play a WAV file with QtMultimedia and wait for its end; False on error or timeout.

    Must run on a thread with a Qt event dispatcher (the announcer thread).
    """
    from PySide6.QtMultimedia import QSoundEffect

    effect = QSoundEffect()
    loop = QEventLoop()
    outcome = {"ok": False, "started": False}

    def status_changed() -> None:
        if effect.status() == QSoundEffect.Status.Error:
            loop.quit()
        elif effect.status() == QSoundEffect.Status.Ready and not outcome["started"]:
            outcome["started"] = True
            effect.play()

    def playing_changed() -> None:
        if outcome["started"] and not effect.isPlaying():
            outcome["ok"] = True
            loop.quit()

    effect.statusChanged.connect(status_changed)
    effect.playingChanged.connect(playing_changed)
    QTimer.singleShot(int(timeout_s * 1000), loop, loop.quit)
    effect.setSource(QUrl.fromLocalFile(str(path)))
    if effect.status() != QSoundEffect.Status.Error:
        loop.exec()
    effect.stop()
    effect.deleteLater()
    return outcome["ok"]


class SilentBackend:
    name = "off"

    def play_chime(self) -> None:
        return None

    def speak(self, sentence: str) -> None:
        return None


class ChimeBackend:
    name = "chime"

    def play_chime(self) -> None:
        play_wav(chime_path(), CHIME_TIMEOUT_S)

    def speak(self, sentence: str) -> None:
        return None


class EspeakBackend(ChimeBackend):
    """espeak-ng renders the sentence to a WAV (milliseconds), QtMultimedia plays it."""

    name = "espeak"

    def __init__(self, voice: str = "vi", executable: str | None = None) -> None:
        self.voice = voice
        self.executable = executable or shutil.which("espeak-ng") or "espeak-ng"

    def render(self, sentence: str, target: Path) -> Path:
        """Write the spoken sentence into the WAV file ``target``.

        Raises:
            subprocess.SubprocessError, OSError: espeak-ng failed, is missing or timed out.
        """
        subprocess.run(
            [self.executable, "-v", self.voice, "-s", "150", "-w", str(target), sentence],
            check=True,
            capture_output=True,
            timeout=RENDER_TIMEOUT_S,
        )
        return target

    def speak(self, sentence: str) -> None:
        with tempfile.TemporaryDirectory(prefix="announce-") as folder:
            wav = self.render(sentence, Path(folder) / "call.wav")
            play_wav(wav, SPEECH_TIMEOUT_S)


class QtSpeechBackend(ChimeBackend):
    """Qt TextToSpeech with a Vietnamese voice, created lazily on the announcer thread."""

    name = "qt"

    def __init__(self) -> None:
        self._engine: object | None = None

    def _speech(self) -> object:
        if self._engine is None:
            from PySide6.QtCore import QLocale
            from PySide6.QtTextToSpeech import QTextToSpeech

            engine = QTextToSpeech()
            voices = [
                v for v in engine.availableVoices() if v.locale().language() == QLocale.Vietnamese
            ]
            if not voices:
                engine.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
            else:
                engine.setVoice(voices[0])
            self._engine = engine
        return self._engine

    def speak(self, sentence: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        engine = self._speech()
        assert isinstance(engine, QTextToSpeech)
        loop = QEventLoop()

        def state_changed(state: QTextToSpeech.State) -> None:
            if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
                loop.quit()

        engine.stateChanged.connect(state_changed)
        QTimer.singleShot(int(SPEECH_TIMEOUT_S * 1000), loop, loop.quit)
        engine.say(sentence)
        loop.exec()
        if engine.state() == QTextToSpeech.State.Speaking:
            log.warning("speech did not finish in %.0f s; stopped", SPEECH_TIMEOUT_S)
            engine.stop()
        engine.stateChanged.disconnect(state_changed)


@dataclass
class RecordingBackend:
    """Records what would be played, with start and end times (tests, benchmarks)."""

    seconds_per_step: float = 0.0
    name: str = "recording"

    def __post_init__(self) -> None:
        self.played: list[tuple[str, str, float, float]] = []
        self.threads: set[str] = set()

    def _record(self, kind: str, text: str) -> None:
        self.threads.add(threading.current_thread().name)
        start = time.monotonic()
        if self.seconds_per_step:
            time.sleep(self.seconds_per_step)
        self.played.append((kind, text, start, time.monotonic()))

    def play_chime(self) -> None:
        self._record("chime", "")

    def speak(self, sentence: str) -> None:
        self._record("speech", sentence)


def choose_backend(name: str, platform: str | None = None) -> AudioBackend:
    """The backend the ``announcer_backend`` setting names (``auto``: the best available)."""
    platform = platform or sys.platform
    if name == "auto":
        if platform.startswith(("win", "darwin")):
            name = "qt"
        else:
            name = "espeak" if shutil.which("espeak-ng") else "chime"
    backends: dict[str, type] = {
        "qt": QtSpeechBackend,
        "espeak": EspeakBackend,
        "chime": ChimeBackend,
        "off": SilentBackend,
    }
    backend: AudioBackend = backends.get(name, ChimeBackend)()
    return backend


def _play_calls(
    backend: AudioBackend, calls: queue.Queue[tuple[str, int] | None], done: Signal
) -> None:
    """The announcer thread: play queued calls one at a time; ``None`` ends it."""
    while True:
        item = calls.get()
        if item is None:
            return
        number, counter = item
        try:
            backend.play_chime()
            backend.speak(spoken_sentence(number, counter))
        except Exception:  # a broken voice must never stop the display
            log.exception("announcement of %s failed", number)
        try:
            done.emit(announcement_sentence(number, counter))
        except RuntimeError:  # the announcer was deleted with its window
            return


class Announcer(QObject):
    """Queues calls and plays them on its own thread, in order, never cutting one off.

    The thread is a daemon: a voice engine stuck past its timeout can never keep the station
    from quitting. Qt gives it an event dispatcher when playback first needs one.
    """

    announced = Signal(str)  # the sentence, once played (delivered on the owner's thread)

    def __init__(self, backend: AudioBackend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._calls: queue.Queue[tuple[str, int] | None] = queue.Queue()
        self._thread = threading.Thread(
            target=_play_calls,
            args=(backend, self._calls, self.announced),
            name="announcer",
            daemon=True,
        )
        self._thread.start()

    def announce(self, display_number: str, counter_number: int) -> None:
        """Queue one call; returns at once."""
        self._calls.put((display_number, counter_number))

    def pending(self) -> int:
        return self._calls.qsize()

    def shutdown(self, wait_s: float = 2.0) -> None:
        """Stop after the calls already queued (waits at most ``wait_s``)."""
        if self._thread.is_alive():
            self._calls.put(None)
            self._thread.join(wait_s)
