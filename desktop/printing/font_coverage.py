"""Whether text can be printed with the fonts Linkbook ships (desktop/printing/fonts.py).

reportlab substitutes no fallback font, so a character no shipped face has prints as an empty box. Text
that families will read on paper is checked before it is saved, and refused with the characters named.
"""

import unicodedata

from desktop.printing.fonts import covers, fonts_for

_LAYOUT = frozenset("\n\r\t")
"""Characters that shape the text rather than print: line breaks and tabs."""
_INVISIBLE = frozenset({"Cf", "Mn"})
"""Format characters (joiners, direction marks) and combining marks: drawn with their base or not at all."""
_NEVER = frozenset({"Cc", "Co", "Cn", "Cs"})
"""Control, private-use, unassigned and surrogate code points: nothing prints them."""


def unsupported_characters(text: str) -> list[str]:
    """The characters of text no shipped font can print, each once, in the order they first appear."""
    text = unicodedata.normalize("NFC", text)
    found: dict[str, None] = {}
    for char, font in zip(text, fonts_for(text), strict=True):
        if char in _LAYOUT or char in found:
            continue
        category = unicodedata.category(char)
        if category in _NEVER or not (covers(font, char) or category in _INVISIBLE):
            found[char] = None
    return list(found)


def describe(chars: list[str]) -> str:
    """The characters for a message: each shown with its code point, e.g. “😀” (U+1F600)."""
    return ", ".join(f"\u201c{c}\u201d (U+{ord(c):04X})" for c in chars)
