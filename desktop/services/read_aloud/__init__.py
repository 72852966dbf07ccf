"""Read aloud: an entry spoken in the family's language, by embedded eSpeak NG, with no window needed.

`script` says what is spoken (the entry's texts in reading order, each with its language), `voices` which
voice speaks each home language (and which have none), `espeak` drives the library, `speech` makes one
recording of an entry and writes it as WAV. The family app plays that recording (or uses a platform voice);
`linkbook read-aloud` writes it to a file.
"""

from desktop.services.read_aloud.espeak import Samples, SpeechEngineMissing
from desktop.services.read_aloud.family_text import family_parts, home_language_texts
from desktop.services.read_aloud.script import SpokenPart, SpokenText, english_parts, spoken_parts
from desktop.services.read_aloud.speech import NothingToRead, check_voices, synthesise, wav_bytes, write_wav
from desktop.services.read_aloud.voices import NoVoice, Voice, has_voice, voice_for

__all__ = [
    "NoVoice",
    "NothingToRead",
    "Samples",
    "SpeechEngineMissing",
    "SpokenPart",
    "SpokenText",
    "Voice",
    "check_voices",
    "english_parts",
    "family_parts",
    "has_voice",
    "home_language_texts",
    "spoken_parts",
    "synthesise",
    "voice_for",
    "wav_bytes",
    "write_wav",
]
