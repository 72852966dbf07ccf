"""The Noto faces shipped in resources/fonts, and which face each character needs.

reportlab substitutes no fallback font (a Latin letter set in Noto Naskh prints as an empty box), so every
character is given a face explicitly: by its script where it has one, and for digits, spaces and
punctuation the face of the text around it when that face covers them, else Noto Sans.
"""

import enum
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import cast

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.printing.resources import resources_dir


class Face(enum.StrEnum):
    """A family of shipped fonts, one per script (two for Arabic script: Naskh, and Nastaliq for Urdu)."""

    LATIN = "Sans"
    NASKH = "NaskhArabic"
    NASTALIQ = "NastaliqUrdu"
    GURMUKHI = "SansGurmukhi"
    BENGALI = "SansBengali"
    GUJARATI = "SansGujarati"
    TAMIL = "SansTamil"


@dataclass(frozen=True, slots=True)
class FontMetrics:
    """Vertical extent of a face per point of size, for line heights that fit tall scripts."""

    ascent: float
    descent: float


_BLOCKS: tuple[tuple[int, int, Face], ...] = (
    (0x0600, 0x06FF, Face.NASKH),
    (0x0750, 0x077F, Face.NASKH),
    (0x08A0, 0x08FF, Face.NASKH),
    (0xFB50, 0xFDFF, Face.NASKH),
    (0xFE70, 0xFEFF, Face.NASKH),
    (0x0980, 0x09FF, Face.BENGALI),
    (0x0A00, 0x0A7F, Face.GURMUKHI),
    (0x0A80, 0x0AFF, Face.GUJARATI),
    (0x0B80, 0x0BFF, Face.TAMIL),
)
_SHARED = frozenset({0x0964, 0x0965, 0x200C, 0x200D, 0x25CC})
"""Dandas, zero-width (non-)joiners and the dotted circle: used by several Indic scripts."""
_LOCK = threading.Lock()


def face_for_language(code: str | None) -> Face | None:
    """The face a family's home language is read in, for Arabic-script text: Nastaliq for Urdu."""
    return Face.NASTALIQ if code and code.upper() == "URD" else None


@lru_cache(maxsize=8192)
def script_face(char: str, arabic: Face = Face.NASKH) -> Face | None:
    """The face a character's script needs, or None for characters any script shares."""
    point = ord(char)
    if point in _SHARED:
        return None
    for first, last, face in _BLOCKS:
        if first <= point <= last:
            if face is Face.NASKH:
                return arabic
            return face
    category = unicodedata.category(char)
    if category[0] in "LS" and category != "Sk":
        return Face.LATIN
    return None


@lru_cache(maxsize=64)
def font_name(face: Face, bold: bool = False) -> str:
    """The registered reportlab font name for a face, registering it on first use."""
    name = f"Linkbook-{face.value}{'-Bold' if bold else ''}"
    if name not in _registered():
        with _LOCK:
            if name not in _registered():
                path = resources_dir() / "fonts" / f"Noto{face.value}-{'Bold' if bold else 'Regular'}.ttf"
                pdfmetrics.registerFont(TTFont(name, str(path)))
                _registered().add(name)
    return name


def load_all() -> None:
    """Register every shipped face, regular and bold, with its character map, now: a printing process
    does it once as it starts (a forked one inherits it) rather than in the middle of its first pack."""
    for face in Face:
        for bold in (False, True):
            _char_map(font_name(face, bold))


@cache
def _registered() -> set[str]:
    return set()


def covers(font: str, char: str) -> bool:
    """Whether the registered font has a glyph for the character."""
    return ord(char) in _char_map(font)


@cache
def _char_map(font: str) -> dict[int, int]:
    chars: dict[int, int] = cast(TTFont, pdfmetrics.getFont(font)).face.charToGlyph
    return chars


@cache
def metrics(font: str) -> FontMetrics:
    face = cast(TTFont, pdfmetrics.getFont(font)).face
    return FontMetrics(face.ascent / 1000, face.descent / 1000)


def fonts_for(text: str, bold: bool = False, arabic: Face = Face.NASKH) -> list[str]:
    """The font for each character of text: its script's face, or the face around it for shared ones."""
    faces: list[Face | None] = [script_face(c, arabic) for c in text]
    # Shared characters take the face before them (a combining mark must stay with its base), or after.
    current: Face | None = next((f for f in faces if f is not None), Face.LATIN)
    chosen: list[str] = []
    for char, face in zip(text, faces, strict=True):
        if face is not None:
            current = face
        name = font_name(face or current or Face.LATIN, bold)
        if face is None and not covers(name, char):
            name = _fallback(char, bold)
        chosen.append(name)
    return chosen


def _fallback(char: str, bold: bool) -> str:
    """Noto Sans if it has the character, else whichever shipped face does (else Noto Sans's box)."""
    latin = font_name(Face.LATIN, bold)
    if covers(latin, char):
        return latin
    for face in Face:
        name = font_name(face, bold)
        if covers(name, char):
            return name
    return latin
