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
from desktop.ui.family.cards import READING_SCALE, rich_label, scaled


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def entry_label(
    parts: Sequence[tuple[str, str]],
    fields: Sequence[str],
    translations: Mapping[str, EntryTranslation],
    language: str,
    name: str,
) -> QLabel:
    """What school wrote: (title, text) parts, the first len(fields) of them the entry's text fields.

    For an English-reading family this is the plain labelled text (cards.rich_label)."""
    mark = english_mark(language)
    code = translation_language(language)
    if mark is None or code is None:
        return rich_label(list(parts), name)
    known = LANGUAGES.get(code)
    rtl = bool(known and known.right_to_left)
    blocks: list[str] = []
    for index, (title, text) in enumerate(parts):
        if not text.strip():
            continue
        field = fields[index] if index < len(fields) else None
        if field is None:
            blocks.append(f"<p><b>{html.escape(title)}</b><br>{_html(text)}</p>")
            continue
        blocks.append(
            f"<p><b>{html.escape(title)}</b><br>"
            f"<span style='font-size:small; color:#555555'>{html.escape(mark)}</span><br>{_html(text)}</p>"
        )
        translation = translations.get(field)
        if translation is not None:
            by = QCoreApplication.translate("EntryCard", "Translated by {name}").format(
                name=translation.translator_name
            )
            direction = "dir='rtl' align='right'" if rtl else ""
            native = known.native_name if known else code
            blocks.append(
                f"<p {direction}><span style='font-size:small; color:#555555'>{html.escape(native)}</span>"
                f"<br>{_html(translation.text)}</p>"
                f"<p style='font-size:small; color:#555555'>{html.escape(by)}</p>"
            )
    label = QLabel("".join(blocks))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    label.setFont(scaled(label.font(), READING_SCALE))
    return label
