"""The announcer: queued calls, chime then speech, one at a time, off the UI thread."""

from __future__ import annotations

import shutil
import time
import wave
from pathlib import Path

import pytest

from desktop_app.ui.display.announcer import (
    Announcer,
    ChimeBackend,
    EspeakBackend,
    QtSpeechBackend,
    RecordingBackend,
    SilentBackend,
    chime_path,
    choose_backend,
)


def test_calls_queue_and_never_cut_each_other_off(qtbot):
    backend = RecordingBackend(seconds_per_step=0.05)
    announcer = Announcer(backend)
    sentences: list[str] = []
    announcer.announced.connect(sentences.append)
    started = time.monotonic()
    for number, counter in (("A001", 1), ("B002", 2), ("A003", 3)):
        announcer.announce(number, counter)
    assert time.monotonic() - started < 0.05  # announce() returns at once
    qtbot.waitUntil(lambda: len(sentences) == 3, timeout=3000)
    assert sentences[1] == "Mời công dân có số thứ tự B002 đến quầy số 2"
    kinds = [kind for kind, *_ in backend.played]
    assert kinds == ["chime", "speech"] * 3
    for (_, _, _, end), (_, _, start, _) in zip(backend.played, backend.played[1:], strict=False):
        assert start >= end  # nothing overlaps
    assert "quầy số 3" in backend.played[-1][1]
    assert backend.threads == {"announcer"}
    announcer.shutdown()


def test_backend_choice():
    assert isinstance(choose_backend("off"), SilentBackend)
    assert isinstance(choose_backend("chime"), ChimeBackend)
    assert isinstance(choose_backend("auto", platform="win32"), QtSpeechBackend)
    expected = EspeakBackend if shutil.which("espeak-ng") else ChimeBackend
    assert type(choose_backend("auto", platform="linux")) is expected


def test_shipped_chime_is_a_short_wav():
    with wave.open(str(chime_path())) as chime:
        seconds = chime.getnframes() / chime.getframerate()
    assert 0.5 < seconds < 3


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is not installed")
def test_espeak_backend_writes_vietnamese_audio(tmp_path: Path):
    wav = EspeakBackend().render("Mời công dân có số thứ tự A012 đến quầy số 3", tmp_path / "a.wav")
    with wave.open(str(wav)) as audio:
        assert audio.getnframes() / audio.getframerate() > 1.0
