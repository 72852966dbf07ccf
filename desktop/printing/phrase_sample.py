"""A phrase as it will print, for the app's translation corrections: the same flowables and faces as the
packs, on a strip of A4 width, so a school sees the words shaped and ordered exactly as families will."""

import io
from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from desktop.printing.blocks import bilingual
from desktop.printing.fonts import Face, font_name
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import PAGE_SIZE, print_style
from desktop.printing.text import Text

SAMPLE_HEIGHT = 95 * mm


def phrase_sample(language: str, phrase_id: str, overrides: Mapping[str, Mapping[str, str]]) -> bytes:
    """One page: the phrase in both languages as a heading, as a label, and in large print."""
    book = Phrasebook(language, overrides)
    normal, large = print_style(False, language), print_style(True, language)
    flow: list[Flowable] = [
        bilingual(book, phrase_id, normal.heading),
        Spacer(1, normal.gap),
        bilingual(book, phrase_id, normal.label),
        Spacer(1, normal.gap),
        Text("Large print", normal.muted),
        bilingual(book, phrase_id, large.body),
    ]
    buffer = io.BytesIO()
    margin = normal.margin
    document = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_SIZE[0], SAMPLE_HEIGHT),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=8 * mm,
        bottomMargin=4 * mm,
        title="Phrase sample",
        creator="Linkbook",
        invariant=True,
        initialFontName=font_name(Face.LATIN),
    )
    document.build(flow)
    return buffer.getvalue()
