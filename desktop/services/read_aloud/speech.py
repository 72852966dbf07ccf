"""An entry's parts spoken by eSpeak NG into one recording, and that recording as a WAV file.

Every part's voice is checked before anything is synthesised, so a part in a language with no voice
(Somali) stops the whole entry with a plain message rather than leaving the family half an entry.
"""

from __future__ import annotations

import io
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.services.read_aloud import espeak
from desktop.services.read_aloud.espeak import Samples
from desktop.services.read_aloud.script import SpokenPart
from desktop.services.read_aloud.voices import NoVoice, voice_for
from desktop.store.atomic import atomic_writer
from desktop.store.errors import InvalidInput

PAUSE_SECONDS = 0.5
"""Silence between two parts, so the headings are heard as new paragraphs."""


class NothingToRead(InvalidInput):
    """An entry with no text: nothing to speak."""

    def __init__(self) -> None:
        super().__init__("This entry has nothing written in it to read aloud.")


def check_voices(parts: Sequence[SpokenPart]) -> None:
    """Raise NoVoice for the first part no voice speaks, NothingToRead if there is nothing to say."""
    if not any(part.text.strip() for part in parts):
        raise NothingToRead()
    for part in parts:
        voice_for(part.language)


def synthesise(parts: Sequence[SpokenPart], stop: Callable[[], bool] = lambda: False) -> Samples:
    """The parts spoken one after another by eSpeak NG, with a short pause between them."""
    check_voices(parts)
    rate = espeak.sample_rate()
    pause = bytes(2 * round(rate * PAUSE_SECONDS))
    pcm = io.BytesIO()
    for number, part in enumerate(p for p in parts if p.text.strip()):
        if stop():
            break
        voice = voice_for(part.language)
        spoken = espeak.synthesise(part.text, voice.espeak_name, stop)
        if spoken is None:  # the mapping names a voice this eSpeak NG lacks: still never the default voice
            raise NoVoice(part.language)
        if number:
            pcm.write(pause)
        pcm.write(spoken.pcm)
    return Samples(pcm.getvalue(), rate)


def wav_bytes(samples: Samples) -> bytes:
    """A complete WAV file (PCM, 16-bit, mono) holding the samples."""
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(samples.rate)
        wav.writeframes(samples.pcm)
    return out.getvalue()


def write_wav(samples: Samples, path: Path) -> None:
    """Write the WAV file whole or not at all (a temporary file renamed into place), readable by its owner."""
    with atomic_writer(path) as out:
        out.write(wav_bytes(samples))
