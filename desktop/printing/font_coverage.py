"""Which characters of a text no shipped font can print (so a translation with them is refused, not
printed as empty boxes on a family's page)."""

import unicodedata

from desktop.printing.fonts import covers, fonts_for


def unsupported_characters(text: str) -> list[str]:
    """The characters of text that no shipped face covers, each once, in the order they first appear.

    Format characters (joiners, direction marks) and combining marks travel with the letter before them
    and are not counted alone; control, private-use and unassigned characters never print.
    """
    found: list[str] = []
    for char, font in zip(text, fonts_for(text), strict=True):
        if char in found or char in "\n\t ":
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Co", "Cn", "Cs") or not (covers(font, char) or category in ("Cf", "Mn")):
            found.append(char)
    return found
