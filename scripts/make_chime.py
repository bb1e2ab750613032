"""Synthesise the call chime (``resources/sounds/chime.wav``): a soft two-tone "ding-dong".

Made here from sine waves with Python's ``wave`` module, so the project ships no third-party
audio. Run it again only to change the sound.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
TONES = ((784.0, 0.0, 0.9), (587.3, 0.45, 1.2))  # G5 then D5: (frequency, start s, length s)
LENGTH_S = 1.7
PEAK = 0.45


def sample(t: float) -> float:
    value = 0.0
    for frequency, start, length in TONES:
        local = t - start
        if 0 <= local < length:
            attack = min(1.0, local / 0.01)
            decay = math.exp(-3.2 * local / length)
            value += (
                attack
                * decay
                * (
                    math.sin(2 * math.pi * frequency * local)
                    + 0.25 * math.sin(2 * math.pi * 2 * frequency * local)
                )
            )
    return value


def main() -> None:
    target = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "chime.wav"
    frames = bytearray()
    for index in range(int(RATE * LENGTH_S)):
        value = max(-1.0, min(1.0, PEAK * sample(index / RATE)))
        frames += struct.pack("<h", int(value * 32767))
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    print(f"wrote {target} ({len(frames)} bytes of audio)")


if __name__ == "__main__":
    main()
