"""An entry's text in the family window for a family who reads another language: each part marked as
English, with a member of staff's translation under it and who translated it.

The English is always shown as written; the translation is shown only while it still matches the English
(desktop/domain/entry_translations.py). Arabic and Urdu translations read from the right.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from desktop.domain.entry_translations import EntryTranslation, english_mark, translation_language
from desktop.domain.languages import LANGUAGES
from desktop.ui.family.cards import READING_SCALE, scaled
from desktop.ui.family.entry_words import EntryPart


def entry_label(
    parts: Sequence[EntryPart],
    translations: Mapping[str, EntryTranslation],
    language: str,
    name: str,
) -> QLabel:
    """What school wrote (entry_words.entry_parts: bodies already HTML), as labelled paragraphs.

    For a family who reads another language, the teacher's own words are marked as English and a staff
    translation follows each part that has one, with who translated it. A part built from quick phrases
    already shows them in the family's language, so it carries no English mark."""
    mark = english_mark(language)
    code = translation_language(language)
    known = LANGUAGES.get(code) if code else None
    rtl = bool(known and known.right_to_left)
    blocks: list[str] = []
    for part in parts:
        title = f"<b>{html.escape(part.title)}</b><br>"
        if mark is None or code is None or part.field is None or part.phrased:
            blocks.append(f"<p>{title}{part.html}</p>")
        else:
            blocks.append(
                f"<p>{title}<small style='color:#555555'>{html.escape(mark)}</small><br>{part.html}</p>"
            )
        translation = translations.get(part.field) if part.field and code else None
        if translation is not None:
            by = QCoreApplication.translate("EntryCard", "Translated by {name}").format(
                name=translation.translator_name
            )
            direction = "dir='rtl' align='right'" if rtl else ""
            native = known.native_name if known else code
            blocks.append(
                f"<p {direction}><small style='color:#555555'>{html.escape(native or '')}</small>"
                f"<br>{html.escape(translation.text).replace(chr(10), '<br>')}</p>"
                f"<p style='color:#555555'><small>{html.escape(by)}</small></p>"
            )
    label = QLabel("".join(blocks))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    label.setFont(scaled(label.font(), READING_SCALE))
    return label
