""" "Read aloud" on an entry in the family window: play and stop, and a plain message when it cannot speak.

The computer's own voice speaks when it has one for the language (QtTextToSpeech: speech-dispatcher on
Linux, the system voices on Windows and macOS); otherwise the embedded eSpeak NG makes the recording on
a worker thread and QtMultimedia plays its samples through a QAudioSink (raw PCM needs no media decoder,
so the bundle leaves FFmpeg out). A language no voice speaks (Somali), an entry with nothing written, or
a computer with no speaker each give a message in the card, never a crash and never the wrong voice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale
from PySide6.QtGui import QHideEvent
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.domain.linkbook import LinkBookEntry
from desktop.services.context import ServiceContext
from desktop.services.read_aloud import (
    NothingToRead,
    NoVoice,
    Samples,
    SpeechEngineMissing,
    SpokenPart,
    SpokenText,
    check_voices,
    english_parts,
    synthesise,
    voice_for,
)
from desktop.services.read_aloud.voices import language_name
from desktop.store.errors import InvalidInput
from desktop.ui.family.cards import text_label
from desktop.ui.family.writing import Writer

log = logging.getLogger(__name__)

TEST_ENGINE = "mock"
"""Qt's pretend engine (it speaks nothing): never a voice for a family."""


def has_audio_output() -> bool:
    """Whether the computer has somewhere to play sound (a speaker, headphones)."""
    return bool(QMediaDevices.audioOutputs())


def platform_engines() -> list[str]:
    """The computer's text-to-speech engines, best first, Qt's test engine left out."""
    return [name for name in QTextToSpeech.availableEngines() if name != TEST_ENGINE]


def platform_speaker(
    parts: Sequence[SpokenPart], engines: Sequence[str], parent: QWidget
) -> QTextToSpeech | None:
    """An engine set to a platform voice for the parts' one language; None if several, or no voice."""
    languages = {part.language for part in parts}
    if len(languages) != 1:
        return None
    wanted = QLocale(voice_for(languages.pop()).tag.replace("-", "_"))
    for name in engines:
        speech = QTextToSpeech(name, parent)
        if speech.state() != QTextToSpeech.State.Error:
            same = [loc for loc in speech.availableLocales() if loc.language() == wanted.language()]
            same.sort(key=lambda loc: loc.territory() != wanted.territory())
            if same:
                speech.setLocale(same[0])
                if speech.availableVoices():
                    speech.setVoice(speech.availableVoices()[0])
                    return speech
        speech.deleteLater()
    return None


@dataclass(frozen=True, slots=True)
class SoundSystem:
    """Where Read aloud finds the computer's sound (a test can be a computer without a speaker)."""

    has_output: Callable[[], bool] = has_audio_output
    engines: Callable[[], Sequence[str]] = platform_engines
    device: Callable[[], QAudioDevice] = QMediaDevices.defaultAudioOutput


COMPUTER = SoundSystem()
"""This computer's own speakers and voices."""


class ReadAloud(QWidget):
    """The "Read aloud" and "Stop" buttons of one entry, with the line that says why it cannot speak."""

    def __init__(
        self,
        entry: LinkBookEntry,
        writer: Writer,
        spoken: SpokenText = english_parts,
        sound: SoundSystem = COMPUTER,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.writer = writer
        self._spoken = spoken
        self.sound = sound
        self._cancel: threading.Event | None = None
        self._sink: QAudioSink | None = None
        self._buffer: QBuffer | None = None
        self._speech: QTextToSpeech | None = None

        self.play_button = QPushButton(self.tr("Read &aloud"))
        self.play_button.setAccessibleName(self.tr("Read the entry aloud"))
        self.play_button.clicked.connect(self.play)
        self.stop_button = QPushButton(self.tr("S&top reading"))
        self.stop_button.setAccessibleName(self.tr("Stop reading aloud"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.message = text_label("", self.tr("Read aloud"), 1.0)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.play_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)

    @property
    def playing(self) -> bool:
        """Preparing or speaking (Stop is offered)."""
        return self.stop_button.isVisibleTo(self)

    def play(self) -> None:
        self.stop()
        parts = self._spoken(self.entry)
        try:
            check_voices(parts)
        except NoVoice as exc:
            self._say(
                self.tr(
                    "Linkbook has no voice that speaks {language}, so it cannot read this aloud. "
                    "Read it on the screen, or ask the school for a paper copy."
                ).format(language=language_name(exc.code))
            )
            return
        except NothingToRead:
            self._say(self.tr("This entry has nothing written in it to read aloud."))
            return
        if not self.sound.has_output():
            self._say(
                self.tr(
                    "No speaker or headphones were found, so the entry cannot be read aloud. "
                    "Connect some or turn the sound on, then press Read aloud again."
                )
            )
            return
        self._say("")
        self._busy(True)
        speech = platform_speaker(parts, self.sound.engines(), self)
        if speech is not None:
            self._speak_with_platform(speech, parts)
        else:
            self._synthesise(parts)

    def stop(self) -> None:
        """Stop preparing or speaking; nothing is left playing."""
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None
        if self._speech is not None:
            speech, self._speech = self._speech, None
            speech.stop()
            speech.deleteLater()
        if self._sink is not None:
            sink, self._sink = self._sink, None
            sink.stop()
            sink.deleteLater()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._busy(False)

    def hideEvent(self, event: QHideEvent) -> None:
        """The card left the screen (another tab, a reload, locking): stop speaking a child's record."""
        self.stop()
        super().hideEvent(event)

    # The platform's voice.
    def _speak_with_platform(self, speech: QTextToSpeech, parts: Sequence[SpokenPart]) -> None:
        self._speech = speech
        speech.stateChanged.connect(self._platform_state)
        speech.say("\n\n".join(part.text for part in parts))

    def _platform_state(self, state: QTextToSpeech.State) -> None:
        speech = self._speech
        if speech is None:
            return
        if state == QTextToSpeech.State.Error:
            self.stop()
            self._say(
                self.tr("The computer's voice could not read the entry: {reason}").format(
                    reason=speech.errorString()
                )
            )
        elif state == QTextToSpeech.State.Ready:
            self.stop()

    # eSpeak NG.
    def _synthesise(self, parts: Sequence[SpokenPart]) -> None:
        cancel = self._cancel = threading.Event()

        def work(_context: ServiceContext) -> Samples | BaseException:
            try:
                return synthesise(parts, cancel.is_set)
            except (InvalidInput, SpeechEngineMissing) as exc:
                return exc

        def ready(result: Samples | BaseException) -> None:
            if not shiboken6.isValid(self) or cancel.is_set() or self._cancel is not cancel:
                return
            self._cancel = None
            if isinstance(result, BaseException):
                self.stop()
                self._say(str(result))
            else:
                self._play_samples(result)

        self.writer.fetch(self.tr("Getting the entry ready to read aloud"), work, ready)

    def _play_samples(self, samples: Samples) -> None:
        audio = QAudioFormat()
        audio.setSampleRate(samples.rate)
        audio.setChannelCount(1)
        audio.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        device = self.sound.device()
        if device.isNull() or not device.isFormatSupported(audio):
            self.stop()
            self._say(self.tr("The sound could not be played on this computer's speaker or headphones."))
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(samples.pcm))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink = QAudioSink(device, audio, self)
        self._sink.stateChanged.connect(self._sink_state)
        self._sink.start(self._buffer)
        if self._sink.error() != QtAudio.Error.NoError:
            self.stop()
            self._say(self.tr("The sound could not be played on this computer's speaker or headphones."))

    def _sink_state(self, state: QtAudio.State) -> None:
        sink = self._sink
        if sink is None:
            return
        if state == QtAudio.State.IdleState:  # every sample played
            self.stop()
        elif state == QtAudio.State.StoppedState and sink.error() != QtAudio.Error.NoError:
            self.stop()
            self._say(self.tr("The sound stopped: the speaker or headphones went away."))

    # Showing.
    def _busy(self, busy: bool) -> None:
        had_focus = self.stop_button.hasFocus()
        self.play_button.setVisible(not busy)
        self.stop_button.setVisible(busy)
        if busy:
            self.stop_button.setFocus()
        elif had_focus:
            self.play_button.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
