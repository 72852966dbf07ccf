"""Which voice speaks each home language: eSpeak NG's voice, and the language tag a platform voice answers to.

Keyed by DfE language code. A language missing here has no voice at all: Somali is the one of the ten home
languages eSpeak NG cannot speak, and its default voice (English) reading Somali words would be worse than
silence, so it is refused with a message instead (`NoVoice`).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.languages import LANGUAGES
from desktop.store.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class Voice:
    """A language's voice: eSpeak NG's name for it, its dictionary file, and its BCP 47 tag."""

    code: str
    espeak_name: str
    tag: str

    @property
    def dictionary(self) -> str:
        """The language's pronunciation rules in espeak-ng-data (the bundle keeps only these files)."""
        return f"{self.tag.split('-')[0]}_dict"


VOICES: dict[str, Voice] = {
    voice.code: voice
    for voice in (
        Voice("ENG", "en", "en-GB"),
        Voice("POL", "pl", "pl"),
        Voice("URD", "ur", "ur"),
        Voice("PNJ", "pa", "pa"),
        Voice("PNJG", "pa", "pa"),
        Voice("BNG", "bn", "bn"),
        Voice("ARA", "ar", "ar"),
        Voice("GUJ", "gu", "gu"),
        Voice("POR", "pt", "pt-PT"),
        Voice("TAM", "ta", "ta"),
        Voice("RUM", "ro", "ro"),
        Voice("WEL", "cy", "cy"),
        Voice("CYM", "cy", "cy"),
    )
}
"""The ten home languages but Somali, English, and Welsh (DfE writes WEL; CYM is accepted too)."""

_NAMES = {"WEL": "Welsh", "CYM": "Welsh"}


def language_name(code: str) -> str:
    """The language's English name for a message ("Somali"), or the code itself if unknown."""
    upper = code.upper()
    known = LANGUAGES.get(upper)
    return known.english_name if known is not None else _NAMES.get(upper, code)


class NoVoice(InvalidInput):
    """Nothing can speak this language: said plainly rather than letting another voice mispronounce it."""

    def __init__(self, code: str) -> None:
        self.code = code.upper()
        super().__init__(
            f"Linkbook has no voice that speaks {language_name(code)}, so it cannot read this aloud. "
            "Read it on the screen, or ask the school for a paper copy."
        )


def voice_for(code: str) -> Voice:
    """The voice for a DfE language code; NoVoice when there is none (Somali)."""
    voice = VOICES.get(code.upper())
    if voice is None:
        raise NoVoice(code)
    return voice


def has_voice(code: str) -> bool:
    return code.upper() in VOICES
