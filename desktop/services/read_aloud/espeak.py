"""Embedded eSpeak NG through ctypes: text in, 16-bit mono samples out, nothing played.

The library and its voice data come in the espeakng-loader wheel (eSpeak NG is GPL-3.0-or-later, like
Linkbook). It runs in AUDIO_OUTPUT_RETRIEVAL mode: `espeak_Synth` calls our callback with each block of
samples and returns when the text is spoken, so synthesis is a plain function call. The library keeps one
global state (the current voice, the callback), so every use holds `_LOCK`: two threads speaking at once
would interleave each other's samples and voices.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

AUDIO_OUTPUT_RETRIEVAL = 1
CHARS_UTF8 = 1
POS_CHARACTER = 1
RATE = 1
EE_OK = 0
WORDS_PER_MINUTE = 160
"""A little slower than eSpeak's 175: the listener may be reading along in a language they are learning."""

_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)
_LOCK = threading.Lock()


class SpeechEngineMissing(RuntimeError):
    """The eSpeak NG library or its data could not be loaded (a broken install)."""


@dataclass(frozen=True, slots=True)
class Samples:
    """Signed 16-bit little-endian mono samples at `rate` per second."""

    pcm: bytes
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.rate


class _Engine:
    """The loaded library, initialised once; only ever used under _LOCK."""

    def __init__(self) -> None:
        try:
            import espeakng_loader

            self.lib = ctypes.CDLL(espeakng_loader.get_library_path())
            data = espeakng_loader.get_data_path()
        except (ImportError, OSError, RuntimeError) as exc:
            raise SpeechEngineMissing(
                f"The speech engine (eSpeak NG) could not be loaded ({exc.__class__.__name__}). "
                "Reinstall Linkbook to read aloud."
            ) from None
        lib = self.lib
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        lib.espeak_Synchronize.restype = ctypes.c_int
        self.rate = lib.espeak_Initialize(AUDIO_OUTPUT_RETRIEVAL, 0, data.encode(), 0)
        if self.rate <= 0:
            raise SpeechEngineMissing(
                "The speech engine (eSpeak NG) did not start: its voice data is missing. "
                "Reinstall Linkbook to read aloud."
            )
        self._blocks: list[bytes] = []
        self._stop: Callable[[], bool] = lambda: False
        self._callback = _CALLBACK(self._receive)  # kept: the library holds only a raw pointer to it
        lib.espeak_SetSynthCallback(self._callback)

    def _receive(self, wav: Any, count: int, _events: Any) -> int:
        if wav and count > 0:
            self._blocks.append(ctypes.string_at(wav, count * 2))
        return 1 if self._stop() else 0  # 1 tells eSpeak to abandon the rest

    def speak(self, text: str, voice: str, stop: Callable[[], bool]) -> bytes | None:
        """The samples of `text` in `voice`; None if the voice is unknown to this eSpeak NG."""
        if self.lib.espeak_SetVoiceByName(voice.encode()) != EE_OK:
            return None
        self.lib.espeak_SetParameter(RATE, WORDS_PER_MINUTE, 0)
        data = text.encode("utf-8")
        self._blocks, self._stop = [], stop
        try:
            self.lib.espeak_Synth(data, len(data) + 1, 0, POS_CHARACTER, 0, CHARS_UTF8, None, None)
            self.lib.espeak_Synchronize()
            return b"".join(self._blocks)
        finally:
            self._blocks, self._stop = [], lambda: False


_engine: _Engine | None = None


def _loaded() -> _Engine:
    global _engine
    if _engine is None:
        _engine = _Engine()
    return _engine


def sample_rate() -> int:
    with _LOCK:
        return int(_loaded().rate)


def synthesise(text: str, voice: str, stop: Callable[[], bool] = lambda: False) -> Samples | None:
    """Speak `text` with the eSpeak NG voice named `voice` (such as "pl"); None if there is no such voice.

    `stop` is asked between blocks of samples; once it says True the rest is dropped (what was made is kept).
    """
    with _LOCK:
        engine = _loaded()
        pcm = engine.speak(text, voice, stop)
        return None if pcm is None else Samples(pcm, engine.rate)


def knows_voice(voice: str) -> bool:
    """Whether this eSpeak NG has the voice (SetVoiceByName succeeds)."""
    with _LOCK:
        return bool(_loaded().lib.espeak_SetVoiceByName(voice.encode()) == EE_OK)
